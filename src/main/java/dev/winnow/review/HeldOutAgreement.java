package dev.winnow.review;

import java.util.Optional;

/** What held-out evaluation measured at a cut, for a project (its own held-out row when it was evaluated, else all). */
@FunctionalInterface
interface HeldOutAgreement {
    HeldOutAgreement NONE = (projectId, cut) -> Optional.empty();

    Optional<CutAgreement> at(String projectId, double cut);
}
