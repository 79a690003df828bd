package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.DeviationBasis;
import dev.winnow.learn.features.EmbeddingProjection;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.model.JsonFiles;
import dev.winnow.learn.model.ModelChecks;
import dev.winnow.learn.model.ModelKind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes an aspect-keeping crop for a set member from where its subject is ({@link AnchoredCrop}) or from
 * everything known about it ({@link CropRegressor}) — or, when neither did better on the training side's inner
 * folds, the bucket's median crop or the whole image (see {@link CropMode}).
 */
public final class CropModel {
    static final ModelKind KIND = ModelKind.CROP;

    /**
     * {@code buckets}: median box per bucket over all training crops (the baseline); then the trees' state and the
     * anchored models with the names of the features each reads.
     */
    record State(FeatureSchema schema, EmbeddingProjection content, CropBuckets buckets, CropRegressor.State regressor,
                 CropMode mode, List<String> features, AnchoredCrop anchored, List<String> anchorFeatures) {
    }

    private final State state;
    private final CropRegressor regressor;
    private final CropFeatures features;
    private final CropAnchors anchors;

    private CropModel(State state, CropRegressor regressor) {
        this.state = state;
        this.regressor = regressor;
        this.features = new CropFeatures(state.schema(), state.content());
        this.anchors = new CropAnchors(state.schema());
        ModelChecks.sameFeatures(KIND, state.features(), features.names());
        ModelChecks.sameFeatures(KIND, state.anchorFeatures(), anchors.names());
    }

    /** Fits on the kept image of every set with a known crop. */
    static CropModel fit(List<SetExample> sets, FeatureSchema schema, LearnSettings settings) {
        List<SetExample> withCrop = withCrop(sets);
        if (withCrop.isEmpty()) throw new IllegalArgumentException("no sets with a known crop to learn from");
        EmbeddingProjection content = fitContent(withCrop, settings.seed());
        CropFeatures f = new CropFeatures(schema, content);
        List<CropTarget> targets = withCrop.stream().map(CropTarget::of).toList();
        FeatureMatrix.Builder x = new FeatureMatrix.Builder(f.names().size());
        for (SetExample s : withCrop) x.add(f.row(s, s.chosen()));
        CropRegressor regressor = CropRegressor.fit(x.build(), targets, settings);
        CropAnchors anchors = new CropAnchors(schema);
        return new CropModel(new State(schema, content, CropBuckets.fit(targets), regressor.state(), CropMode.REGRESSION,
                f.names(), AnchoredCrop.fit(anchors, withCrop), anchors.names()), regressor);
    }

    CropModel withMode(CropMode mode) {
        State s = state;
        return new CropModel(new State(s.schema(), s.content(), s.buckets(), s.regressor(), mode, s.features(),
                s.anchored(), s.anchorFeatures()), regressor);
    }

    public CropMode mode() {
        return state.mode();
    }

    public static List<SetExample> withCrop(List<SetExample> sets) {
        return sets.stream().filter(s -> s.labeled() && s.crop() != null).toList();
    }

    public FeatureSchema schema() {
        return state.schema();
    }

    public List<String> featureNames() {
        return features.names();
    }

    CropBuckets buckets() {
        return state.buckets();
    }

    /** A box for member {@code members[i]} of each set, as the chosen mode answers. */
    public List<CropBox> propose(List<SetExample> sets, int[] members) {
        return propose(state.mode(), sets, members);
    }

    /** The boxes {@code mode} gives, whatever the chosen mode (the trainer compares the modes). */
    public List<CropBox> propose(CropMode mode, List<SetExample> sets, int[] members) {
        if (mode == CropMode.REGRESSION) return regressions(sets, members);
        List<CropBox> out = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            Member m = sets.get(i).member(members[i]);
            out.add(switch (mode) {
                case FULL_IMAGE -> CropBox.FULL;
                case BUCKET_MEDIAN -> state.buckets().median(m.width(), m.height());
                default -> state.anchored().propose(anchors, sets.get(i), members[i]);
            });
        }
        return out;
    }

    /** The trees' boxes. */
    private List<CropBox> regressions(List<SetExample> sets, int[] members) {
        FeatureMatrix.Builder x = new FeatureMatrix.Builder(features.names().size());
        List<int[]> sizes = new ArrayList<>();
        for (int i = 0; i < sets.size(); i++) {
            Member m = sets.get(i).member(members[i]);
            x.add(features.row(sets.get(i), members[i]));
            sizes.add(new int[] {m.width(), m.height()});
        }
        return regressor.predict(x.build(), sizes);
    }

    public void save(Path dir) {
        regressor.save(dir);
        JsonFiles.write(dir.resolve(ModelChecks.STATE_FILE), state);
    }

    public static CropModel load(Path dir) {
        State s = JsonFiles.read(dir.resolve(ModelChecks.STATE_FILE), State.class);
        return new CropModel(s, CropRegressor.load(dir, s.regressor()));
    }

    private static EmbeddingProjection fitContent(List<SetExample> sets, long seed) {
        List<float[]> rows = new ArrayList<>();
        for (SetExample s : sets) rows.add(s.member(s.chosen()).embedding());
        return EmbeddingProjection.fit(rows, DeviationBasis.COMPONENTS, seed);
    }
}
