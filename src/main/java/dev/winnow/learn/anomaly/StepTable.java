package dev.winnow.learn.anomaly;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.evidence.EvidenceNames;
import dev.winnow.imaging.evidence.StepEvidence;
import dev.winnow.imaging.evidence.StepVariant;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.data.StepEvidenceSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The step rows of sets under one expected-residual model, computed once per set and kept (about 10 KB a set): a
 * trainer, its inner folds and the evaluation's folds all read the same rows, and the evidence (the heavy part)
 * is streamed from its source only once.
 */
public final class StepTable {
    /** Steps sent to the expected-residual model in one prediction pass. */
    private static final int BATCH_STEPS = 256;
    /** Maps whose excess marks where a step broke something: more energy, colour or structure than expected... */
    private static final List<String> EXCESS = List.of("all", "hi", "lo", "chroma", "struct");
    /** ...or less detail than the step usually leaves (a smear, a blur, something removed). */
    private static final String DETAIL = "ratio_s";

    private final ExpectedResidual expected;
    private final StepEvidenceSource source;
    private final Map<Long, List<Step>> bySet = new HashMap<>();

    /** One variant of a step as the detector sees it: its row, and where a planted defect was (null if clean). */
    record Variant(float[] row, String family, CropBox planted) {
    }

    /**
     * One stage step of a set: its stages, its tile grid, the variants (clean first) and the clean step's blame map:
     * per tile, how far it stands out in the most telling direction (see {@link #EXCESS}, {@link #DETAIL}).
     */
    record Step(double lowerStage, double upperStage, int cols, int rows, List<Variant> variants, float[] blame) {
        Variant clean() {
            return variants.get(0);
        }
    }

    StepTable(ExpectedResidual expected, StepEvidenceSource source) {
        this.expected = expected;
        this.source = source;
    }

    ExpectedResidual expected() {
        return expected;
    }

    /** The steps of a set (empty when it has no evidence); {@link #load} must have seen it. */
    List<Step> steps(SetExample set) {
        List<Step> s = bySet.get(set.setId());
        if (s == null) throw new IllegalStateException("set " + set.setId() + " was not loaded into the step table");
        return s;
    }

    /** Computes the rows of the sets not yet in the table. */
    void load(Collection<SetExample> sets) {
        List<Long> todo = new ArrayList<>();
        for (SetExample s : sets) if (!bySet.containsKey(s.setId())) todo.add(s.setId());
        if (todo.isEmpty()) return;
        List<Long> ids = new ArrayList<>();
        List<List<StepEvidence>> pending = new ArrayList<>();
        int[] steps = {0};
        source.forEach(todo, (id, evidence) -> {
            ids.add(id);
            pending.add(evidence);
            steps[0] += evidence.size();
            if (steps[0] >= BATCH_STEPS) {
                flush(ids, pending);
                steps[0] = 0;
            }
        });
        flush(ids, pending);
        for (Long id : todo) bySet.putIfAbsent(id, List.of());
    }

    private void flush(List<Long> ids, List<List<StepEvidence>> pending) {
        List<StepEvidence> all = new ArrayList<>();
        pending.forEach(all::addAll);
        List<float[][]> exp = all.isEmpty() ? List.of() : expected.expected(all);
        int k = 0;
        for (int i = 0; i < ids.size(); i++) {
            List<Step> out = new ArrayList<>();
            for (StepEvidence step : pending.get(i)) out.add(step(step, exp.get(k++)));
            bySet.put(ids.get(i), List.copyOf(out));
        }
        ids.clear();
        pending.clear();
    }

    private Step step(StepEvidence step, float[][] exp) {
        List<Variant> variants = new ArrayList<>();
        float[] blame = null;
        for (StepVariant v : step.variants()) {
            float[][] z = expected.z(step, v, exp);
            variants.add(new Variant(StepFeatures.row(step, v, z), v.family(), v.planted()));
            if (v.clean()) blame = blameMap(z);
        }
        return new Step(step.lowerStage(), step.upperStage(), step.cols(), step.rows(), List.copyOf(variants), blame);
    }

    private static float[] blameMap(float[][] z) {
        float[] out = new float[z[0].length];
        java.util.Arrays.fill(out, Float.NEGATIVE_INFINITY);
        for (String m : EXCESS) {
            float[] map = z[EvidenceNames.TILE_MAPS.indexOf(m)];
            for (int t = 0; t < out.length; t++) out[t] = Math.max(out[t], map[t]);
        }
        float[] detail = z[EvidenceNames.TILE_MAPS.indexOf(DETAIL)];
        for (int t = 0; t < out.length; t++) out[t] = Math.max(out[t], -detail[t]);
        return out;
    }
}
