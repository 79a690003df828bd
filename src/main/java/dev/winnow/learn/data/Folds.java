package dev.winnow.learn.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Splits by project or by set — never by pair, and a set is never cut: all its members land on one side.
 * A held-out project contributes nothing to the training side.
 */
public final class Folds {
    static final int INNER_K = 3;
    /** From this many sets on, two inner folds leave plenty of out-of-fold predictions and save a third of the time. */
    static final int LARGE = 5000;
    /** With fewer training projects, holding one out leaves too little to learn from: split by set instead. */
    public static final int MIN_PROJECTS_FOR_PROJECT_FOLDS = 3;

    private Folds() {
    }

    /** One fold per project: train on all the others. */
    public static List<Fold> leaveOneProjectOut(List<SetExample> sets) {
        Map<String, List<SetExample>> byProject = byProject(sets);
        if (byProject.size() < 2) {
            throw new IllegalArgumentException("leave-one-project-out needs at least 2 projects with labeled sets, got "
                    + byProject.keySet() + " (use --holdout kfold for one project)");
        }
        List<Fold> folds = new ArrayList<>();
        for (String held : byProject.keySet()) {
            List<SetExample> train = new ArrayList<>();
            byProject.forEach((p, s) -> {
                if (!p.equals(held)) train.addAll(s);
            });
            folds.add(new Fold(held, train, byProject.get(held)));
        }
        return folds;
    }

    /** k folds inside each project, by set; each project's models learn from that project's other folds only. */
    public static List<Fold> withinProjects(List<SetExample> sets, int k, long seed) {
        List<Fold> folds = new ArrayList<>();
        for (var e : byProject(sets).entrySet()) {
            List<List<SetExample>> parts = partition(e.getValue(), k, seed);
            for (int i = 0; i < parts.size(); i++) {
                List<SetExample> train = new ArrayList<>();
                for (int j = 0; j < parts.size(); j++) if (j != i) train.addAll(parts.get(j));
                folds.add(new Fold(e.getKey() + "#" + (i + 1), train, parts.get(i)));
            }
        }
        return folds;
    }

    /**
     * Folds inside a training side, for out-of-fold predictions (calibration, thresholds, the model's own report):
     * by project when there are enough projects, else {@value #INNER_K} folds by set (2 from {@value #LARGE} sets
     * on) with each project spread evenly over them.
     */
    public static List<Fold> inner(List<SetExample> sets, long seed) {
        Map<String, List<SetExample>> byProject = byProject(sets);
        if (byProject.size() >= MIN_PROJECTS_FOR_PROJECT_FOLDS) return leaveOneProjectOut(sets);
        int k = sets.size() >= LARGE ? 2 : INNER_K;
        List<List<SetExample>> parts = new ArrayList<>();
        for (int i = 0; i < k; i++) parts.add(new ArrayList<>());
        for (List<SetExample> project : byProject.values()) {
            List<List<SetExample>> p = partition(project, k, seed);
            for (int i = 0; i < p.size(); i++) parts.get(i).addAll(p.get(i));
        }
        List<Fold> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            List<SetExample> train = new ArrayList<>();
            for (int j = 0; j < k; j++) if (j != i) train.addAll(parts.get(j));
            if (!train.isEmpty() && !parts.get(i).isEmpty()) folds.add(new Fold("inner#" + (i + 1), train, parts.get(i)));
        }
        return folds;
    }

    /**
     * Inner folds across projects whenever there are two or more: a model whose cut or calibration must transfer to
     * a project it has never seen is tuned on out-of-fold sets of projects its fold never saw (with two projects,
     * each is scored by a model of the other). One project: as {@link #inner}.
     */
    public static List<Fold> innerAcrossProjects(List<SetExample> sets, long seed) {
        return byProject(sets).size() >= 2 ? leaveOneProjectOut(sets) : inner(sets, seed);
    }

    public static Map<String, List<SetExample>> byProject(List<SetExample> sets) {
        Map<String, List<SetExample>> out = new LinkedHashMap<>();
        for (SetExample s : sets) out.computeIfAbsent(s.projectId(), p -> new ArrayList<>()).add(s);
        return out;
    }

    private static List<List<SetExample>> partition(List<SetExample> sets, int k, long seed) {
        if (k < 2) throw new IllegalArgumentException("k-fold needs k >= 2, got " + k);
        List<SetExample> shuffled = new ArrayList<>(sets);
        shuffled.sort(Comparator.comparingLong(SetExample::setId));
        Collections.shuffle(shuffled, new Random(seed));
        List<List<SetExample>> parts = new ArrayList<>();
        for (int i = 0; i < Math.min(k, shuffled.size()); i++) parts.add(new ArrayList<>());
        for (int i = 0; i < shuffled.size(); i++) parts.get(i % parts.size()).add(shuffled.get(i));
        return parts;
    }
}
