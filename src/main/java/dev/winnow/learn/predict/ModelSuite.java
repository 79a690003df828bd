package dev.winnow.learn.predict;

import dev.winnow.common.CropBox;
import dev.winnow.learn.anomaly.AnomalyModel;
import dev.winnow.learn.anomaly.Blame;
import dev.winnow.learn.anomaly.PriorRule;
import dev.winnow.learn.anomaly.ProjectPrior;
import dev.winnow.learn.crop.CropModel;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.data.StepEvidenceSource;
import dev.winnow.learn.rank.RankerModel;
import dev.winnow.learn.rank.Scores;

import java.util.ArrayList;
import java.util.List;

/**
 * The three models used together on one project's sets. The ranker is required; without an anomaly detector the
 * pick is the ranker's top score with its own confidence; without a crop model no crop is proposed.
 */
public final class ModelSuite {
    private final RankerModel ranker;
    private final AnomalyModel anomaly;
    private final CropModel crop;

    public ModelSuite(RankerModel ranker, AnomalyModel anomaly, CropModel crop) {
        this.ranker = ranker;
        this.anomaly = anomaly;
        this.crop = crop;
    }

    /** The crop proposer (null without one); singles use it alone. */
    public CropModel crop() {
        return crop;
    }

    /** The same models reading the step evidence of the sets they will judge from {@code source}. */
    public ModelSuite reading(StepEvidenceSource source) {
        return anomaly == null ? this : new ModelSuite(ranker, anomaly.reading(source), crop);
    }

    /** The features the models were trained on. */
    public FeatureSchema schema() {
        return ranker.schema();
    }

    /** The prior chosen for these sets (null without a detector). */
    public ProjectPrior prior(List<SetExample> projectSets, PriorRule rule) {
        return anomaly == null ? null : rule.choose(anomaly.pooled(projectSets), anomaly);
    }

    /**
     * The reviewer's flags over predictions of ONE project, all of them at once: the rule ranks the project's sets
     * (see {@code FlagRule}), so a caller that predicts a large project in parts flags it here, whole.
     */
    public boolean[] flags(List<SetPrediction> projectPredictions, ProjectPrior prior) {
        return flags(projectPredictions.stream().mapToDouble(SetPrediction::anomalyProbability).toArray(), prior);
    }

    private boolean[] flags(double[] atPrior, ProjectPrior prior) {
        return anomaly == null ? new boolean[atPrior.length] : anomaly.flags(atPrior, prior.value());
    }

    /**
     * Predictions for sets of ONE project (they share its anomaly prior). A set without step evidence is picked by
     * the ranker alone, with the ranker's own confidence.
     */
    public List<SetPrediction> predict(List<SetExample> projectSets, ProjectPrior prior, boolean withReasons) {
        List<double[]> scores = ranker.scores(projectSets);
        List<AnomalyModel.Judgement> judged = anomaly == null ? null : anomaly.judge(projectSets);
        int[] picks = new int[projectSets.size()];
        double[] confidence = new double[picks.length];
        double[] pa = new double[picks.length];
        for (int i = 0; i < picks.length; i++) {
            double[] s = scores.get(i);
            AnomalyModel.Judgement j = judged == null ? null : judged.get(i);
            pa[i] = j == null || Double.isNaN(j.pooled()) ? Double.NaN
                    : anomaly.atPrior(new double[] {j.pooled()}, prior)[0];
            if (Double.isNaN(pa[i])) {
                picks[i] = Scores.argmax(s);
                confidence[i] = ranker.confidence(s);
            } else {
                Picker.Pick pick = Picker.choose(s, pa[i], j.keep(), anomaly.blameAccuracy());
                picks[i] = pick.index();
                confidence[i] = pick.confidence();
            }
        }
        boolean[] flags = flags(pa, prior);
        List<CropBox> boxes = crop == null ? null : crop.propose(projectSets, picks);
        StrongestChangeRegion where = withReasons ? new StrongestChangeRegion(ranker.schema().changeNames()) : null;
        List<SetPrediction> out = new ArrayList<>();
        for (int i = 0; i < picks.length; i++) {
            SetExample set = projectSets.get(i);
            Blame blame = judged == null ? null : judged.get(i).blame();
            ChangeEvidence evidence = where == null ? null
                    : blame != null && blame.member() >= 0 ? where.of(set, blame) : where.of(set, picks[i]);
            out.add(new SetPrediction(set.setId(), scores.get(i), picks[i], confidence[i], pa[i], flags[i],
                    boxes == null ? null : boxes.get(i), evidence,
                    where == null ? null : ReasonWriter.sentence(set, picks[i], evidence),
                    judged == null ? null : judged.get(i).heat()));
        }
        return out;
    }
}
