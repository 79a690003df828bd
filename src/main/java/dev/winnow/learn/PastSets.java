package dev.winnow.learn;

import dev.winnow.learn.anomaly.AnomalyOutcome;
import dev.winnow.learn.data.Dataset;
import dev.winnow.learn.data.DatasetBuilder;
import dev.winnow.learn.data.Member;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.fit.Standardizer;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The curator's own past, for the reviewer: for a set of the project under review, the decided sets of the
 * curator's other projects whose last stage step is the same (e.g. 2→3) and that changed most alike — by the
 * highest stage's change against the stage below (how much, how concentrated, how fine, colour, sharpness) and by
 * how far the embedding moved, each standardized over those sets — with what was kept. Other projects only: the
 * project under review is what is being judged (in the demo, its own history would be the answer).
 */
public final class PastSets {
    /** Sets counted for the "in N of K" sentence; the nearest {@value #SHOWN} of them are shown. */
    public static final int COUNTED = 11;
    public static final int SHOWN = 5;
    /** The highest stage's change against the stage below: size, concentration, detail, colour, sharpness. */
    private static final List<String> CHANGE = List.of("down_max", "down_mean", "down_p90", "down_top3_mean",
            "down_frac_010", "down_frac_020", "down_peak_ratio", "down_blob", "down_conc_top1", "down_fine_mean",
            "down_colour_max", "down_sharp_log_ratio");

    /** One past set: its members (file ids, stages, stage order), which one the curator kept. */
    public record Past(long setId, String projectId, List<Long> memberIds, List<Double> stages, int kept, double distance) {
        public boolean keptLower() {
            return kept != memberIds.size() - 1;
        }
    }

    /** The sets like one set: its last step, how many alike sets were counted and how many kept a lower stage, the nearest. */
    public record Alike(String step, int counted, int keptLower, List<Past> nearest) {
    }

    private final Map<Long, SetExample> reviewed = new HashMap<>();
    private final Map<String, List<Entry>> poolByStep = new HashMap<>();
    private final List<Integer> used;
    private final Standardizer scale;

    /** A decided set, its standardized description and the way its embedding moved. */
    private record Entry(SetExample set, double[] z, float[] move) {
    }

    private PastSets(Dataset pool, List<SetExample> reviewedSets) {
        List<String> names = pool.schema().changeNames();
        used = CHANGE.stream().filter(names::contains).map(names::indexOf).toList();
        double[][] raw = pool.sets().stream().map(this::features).toArray(double[][]::new);
        scale = Standardizer.fit(raw);
        for (int i = 0; i < raw.length; i++) {
            SetExample s = pool.sets().get(i);
            poolByStep.computeIfAbsent(AnomalyOutcome.topStep(s), k -> new ArrayList<>())
                    .add(new Entry(s, scale.apply(raw[i]), move(s)));
        }
        for (SetExample s : reviewedSets) reviewed.put(s.setId(), s);
    }

    /**
     * The decided sets of every project but {@code projectId}, described with the embedder the project's vectors
     * come from; empty when there is no such embedder or no decided set elsewhere.
     */
    public static Optional<PastSets> forProject(Store store, String projectId, List<String> otherProjects) {
        DatasetBuilder builder = new DatasetBuilder(store);
        List<String> embedders = builder.embeddersOf(projectId);
        List<String> others = otherProjects.stream().filter(p -> !p.equals(projectId)).toList();
        if (embedders.isEmpty() || others.isEmpty()) return Optional.empty();
        Dataset pool = builder.labeled(others, embedders.get(0));
        if (pool.sets().isEmpty()) return Optional.empty();
        return Optional.of(new PastSets(pool, builder.unlabeled(projectId, pool.schema()).sets()));
    }

    /** The sets like a set of the project under review; empty when it or its step has none. */
    public Optional<Alike> alike(long setId) {
        SetExample s = reviewed.get(setId);
        if (s == null) return Optional.empty();
        String step = AnomalyOutcome.topStep(s);
        List<Entry> pool = poolByStep.getOrDefault(step, List.of());
        if (pool.isEmpty()) return Optional.empty();
        double[] z = scale.apply(features(s));
        float[] move = move(s);
        List<Past> ranked = new ArrayList<>();
        for (Entry e : pool) {
            SetExample p = e.set();
            ranked.add(new Past(p.setId(), p.projectId(), p.members().stream().map(Member::fileId).toList(),
                    p.members().stream().map(Member::stage).toList(), p.chosen(), distance(z, move, e)));
        }
        ranked.sort(Comparator.comparingDouble(Past::distance));
        List<Past> counted = ranked.subList(0, Math.min(COUNTED, ranked.size()));
        int lower = (int) counted.stream().filter(Past::keptLower).count();
        return Optional.of(new Alike(step, counted.size(), lower, List.copyOf(counted.subList(0, Math.min(SHOWN, counted.size())))));
    }

    /** Between the standardized change features (with how far the embedding moved), plus how differently it moved. */
    private static double distance(double[] z, float[] move, Entry e) {
        double d = 0;
        for (int j = 0; j < z.length; j++) d += (z[j] - e.z()[j]) * (z[j] - e.z()[j]);
        return Math.sqrt(d) + (1 - cosine(move, e.move()));
    }

    private double[] features(SetExample s) {
        Member top = s.member(s.highest());
        double[] x = new double[used.size() + 1];
        for (int j = 0; j < used.size(); j++) x[j] = top.change()[used.get(j)];
        x[used.size()] = 1 - cosine(top.embedding(), s.member(s.highest() - 1).embedding());
        return x;
    }

    private static float[] move(SetExample s) {
        float[] a = s.member(s.highest()).embedding(), b = s.member(s.highest() - 1).embedding();
        float[] out = new float[Math.min(a.length, b.length)];
        for (int i = 0; i < out.length; i++) out[i] = a[i] - b[i];
        return out;
    }

    private static double cosine(float[] a, float[] b) {
        double ab = 0, aa = 0, bb = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            ab += a[i] * b[i];
            aa += a[i] * a[i];
            bb += b[i] * b[i];
        }
        return aa == 0 || bb == 0 ? 0 : ab / Math.sqrt(aa * bb);
    }
}
