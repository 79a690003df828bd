package dev.winnow.demo;

import dev.winnow.common.CropBox;
import dev.winnow.demo.DemoTruth.TruthSet;
import dev.winnow.domain.Decision;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges what history recovered for a demo project against the demo's hidden truth. Reads the truth only to grade;
 * nothing here feeds training.
 */
public final class DemoScorecard {
    static final String HISTORY = "history";
    private static final String NEEDS_REVIEW = "needs_review";
    private static final String UNCROPPED = "uncropped";

    private final DecisionRepository decisions;

    public DemoScorecard(Store store) {
        this.decisions = new DecisionRepository(store);
    }

    public DemoScore judge(String projectId, Path truthFile) {
        return judge(projectId, DemoTruth.read(truthFile));
    }

    DemoScore judge(String projectId, DemoTruth truth) {
        List<Decision> rows = decisions.forProject(projectId).stream().filter(d -> HISTORY.equals(d.source())).toList();
        // Judged by the kept file's name, not by grouping: where the nearest-up rule groups interleaved generations
        // differently from the generator, every winner can still be kept and every other member rejected.
        Map<String, Decision> byWinner = new HashMap<>();
        for (Decision d : rows) if (d.chosenName() != null) byWinner.put(d.chosenName(), d);
        int winners = 0, cropped = 0, croppedGood = 0, uncropped = 0, uncroppedGood = 0;
        double iouSum = 0;
        for (TruthSet t : truth.sets()) {
            if (t.winner() == null) {
                // Rejected whole: right when history keeps none of its members (by a null decision or by no decision).
                if (t.members().stream().noneMatch(m -> byWinner.containsKey(m.name()))) winners++;
                continue;
            }
            Decision d = byWinner.get(t.winner());
            if (d != null) winners++;
            CropBox recovered = d == null ? null : recoveredBox(d);
            if (t.crop() == null) {
                uncropped++;
                if (recovered != null && recovered.iou(CropBox.FULL) >= DemoScore.IOU_BAR) uncroppedGood++;
                continue;
            }
            cropped++;
            double iou = recovered == null ? 0 : recovered.iou(box(t.crop()));
            iouSum += iou;
            if (iou >= DemoScore.IOU_BAR) croppedGood++;
        }
        int review = (int) rows.stream().filter(d -> NEEDS_REVIEW.equals(d.cropState())).count();
        return new DemoScore(projectId, truth.sets().size(), winners, cropped, croppedGood, uncropped,
                uncroppedGood, review, cropped == 0 ? Double.NaN : iouSum / cropped);
    }

    /** The crop history claims, in the kept file's coordinates; null when it gave none (review, unknown). */
    private static CropBox recoveredBox(Decision d) {
        if (UNCROPPED.equals(d.cropState())) return CropBox.FULL;
        return d.crop();
    }

    private static CropBox box(double[] c) {
        return new CropBox(c[0], c[1], c[2], c[3]);
    }
}
