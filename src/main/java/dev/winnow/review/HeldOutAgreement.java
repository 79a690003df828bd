package dev.winnow.review;

import dev.winnow.learn.HeldOutCurve;

import java.nio.file.Path;
import java.util.Optional;

/** What held-out evaluation measured at a cut, for a project (its own held-out row when it was evaluated, else all). */
@FunctionalInterface
interface HeldOutAgreement {
    HeldOutAgreement NONE = (projectId, cut) -> Optional.empty();

    Optional<CutAgreement> at(String projectId, double cut);

    /** From the latest leave-one-project-out report in the home (read once), or none when there is no such report. */
    static HeldOutAgreement latestReport(Path home) {
        Optional<HeldOutCurve> curve = HeldOutCurve.latest(home);
        if (curve.isEmpty()) return NONE;
        return (projectId, cut) -> curve.get().at(projectId, cut).map(a -> new CutAgreement(
                "held-out evaluation (" + a.scope() + ")", a.point().cut(), a.point().sets(), a.point().accepted(),
                a.point().share(), a.point().agreement(), a.point().highestStage()));
    }
}
