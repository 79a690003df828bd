package dev.winnow.learn.predict;

import dev.winnow.catalog.Stage;
import dev.winnow.learn.data.SetExample;

/**
 * One plain sentence per set for the reviewer, from {@link ChangeEvidence} only (never a feature name, never a
 * second probability: the page shows the one confidence figure): which stage changed what, where, and what was
 * kept. For example "stage 3 changed a small area near the face; kept stage 2".
 */
public final class ReasonWriter {
    private ReasonWriter() {
    }

    public static String sentence(SetExample set, int pick, ChangeEvidence e) {
        String kept = "kept " + stage(set.member(pick).stage());
        if (e == null) return kept;
        String change = size(e.area()) + " " + e.place();
        if (pick < e.member()) return stage(e.toStage()) + " changed " + change + "; " + kept;
        return kept + "; its largest change from " + stage(e.fromStage()) + " is " + change;
    }

    /** The region's share of the picture in words; cuts at 3%, 10% and 30% of the frame. */
    static String size(double area) {
        if (area < 0.03) return "a small area";
        if (area < 0.10) return "an area";
        if (area < 0.30) return "a large area";
        return "much of the picture";
    }

    private static String stage(double s) {
        return s > 0 ? "stage " + new Stage(s, null).shortName() : "the stage without a name";
    }
}
