package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;
import dev.winnow.common.Problems;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.Stopwatch;
import dev.winnow.learn.crop.CropBuckets;
import dev.winnow.learn.crop.CropOutcome;
import dev.winnow.learn.crop.CropRegressor;
import dev.winnow.learn.crop.CropTarget;
import dev.winnow.learn.data.LearnSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The real logs hold no pixels, so the only crop predictors they can test are the constant boxes and what the
 * image's size and stage alone predict. This runs both leave-one-project-out on select_crop_log.csv (rows are
 * assigned to projects by date via the manifests in projects/) and reports them honestly, better or not.
 */
public final class RealLogEvaluation {
    private final LearnSettings settings;

    public RealLogEvaluation(LearnSettings settings) {
        this.settings = settings;
    }

    public RealLogResult run(Path dir, ProgressReporter progress) {
        Stopwatch clock = Stopwatch.start();
        Path csv = dir.resolve(SelectCropLog.FILE);
        if (!Files.isRegularFile(csv)) throw new IllegalArgumentException("no " + SelectCropLog.FILE + " in " + dir);
        Problems problems = new Problems();
        List<RealCrop> rows = SelectCropLog.read(csv, ProjectWindows.read(dir.resolve("projects")), problems);
        Map<String, List<CropTarget>> byProject = new TreeMap<>();
        for (RealCrop r : rows) byProject.computeIfAbsent(r.projectId(), k -> new ArrayList<>()).add(r.target());
        Map<String, Integer> perProject = new LinkedHashMap<>();
        byProject.forEach((k, v) -> perProject.put(k, v.size()));
        List<String> notes = new ArrayList<>();
        List<CropTarget> unassigned = byProject.remove(SelectCropLog.UNASSIGNED);
        if (unassigned != null) notes.add(unassigned.size() + " rows fall in no project's dates: left out of the split");
        List<CropOutcome> outcomes = new ArrayList<>();
        if (byProject.size() < 2) {
            notes.add("leave-one-project-out needs 2 projects, found " + byProject.keySet());
        } else {
            try (ProgressReporter.Bar bar = progress.start("real-log crop eval", byProject.size())) {
                for (String held : byProject.keySet()) {
                    List<CropTarget> train = new ArrayList<>();
                    byProject.forEach((p, t) -> {
                        if (!p.equals(held)) train.addAll(t);
                    });
                    outcomes.addAll(heldOut(train, byProject.get(held)));
                    bar.step();
                }
            }
        }
        List<CropTarget> all = new ArrayList<>();
        byProject.values().forEach(all::addAll);
        CropBuckets everything = CropBuckets.fit(all);
        List<CropOutcome> inSample = new ArrayList<>();
        for (CropTarget t : all) inSample.add(outcome(t, everything.global(), everything));
        return new RealLogResult(csv.toString(), rows.size(), perProject, problems.countsByReason(),
                outcomes.isEmpty() ? null : CropMetrics.of(outcomes), all.isEmpty() ? null : CropMetrics.of(inSample),
                MetadataCropFeatures.NAMES, notes, clock.seconds());
    }

    private List<CropOutcome> heldOut(List<CropTarget> train, List<CropTarget> test) {
        CropBuckets buckets = CropBuckets.fit(train);
        CropRegressor regressor = CropRegressor.fit(MetadataCropFeatures.rows(train), train, settings);
        List<CropBox> predicted = regressor.predict(MetadataCropFeatures.rows(test),
                test.stream().map(t -> new int[] {t.width(), t.height()}).toList());
        List<CropOutcome> out = new ArrayList<>();
        for (int i = 0; i < test.size(); i++) out.add(outcome(test.get(i), predicted.get(i), buckets));
        return out;
    }

    private static CropOutcome outcome(CropTarget t, CropBox predicted, CropBuckets buckets) {
        return new CropOutcome(t.projectId(), t.setId(), t.width(), t.height(), t.box(), predicted,
                buckets.median(t.width(), t.height()), buckets.global());
    }
}
