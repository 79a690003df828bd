package dev.winnow.review;

/**
 * How the AI's picks fared against the curator at one auto-accept cut: of {@code sets} judged sets, {@code accepted}
 * reached the cut ({@code share} of them) and {@code agreement} of those were what the curator kept; beside it the
 * agreement of "always the highest stage" on the same sets ({@code baseline}, null when unknown). {@code source}
 * says where it was measured (held-out evaluation, or this project's own reviewed sets).
 */
record CutAgreement(String source, double cut, int sets, int accepted, double share, Double agreement, Double baseline) {
}
