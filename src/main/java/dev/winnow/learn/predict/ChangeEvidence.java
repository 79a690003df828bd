package dev.winnow.learn.predict;

import dev.winnow.common.CropBox;

/**
 * Why a set's pick is what it is, in the curator's own terms and without a feature name: the stage step that is
 * blamed (member {@code member} of the set, stage {@code fromStage} → {@code toStage}), the region it changed on
 * that member (normalized box), how much of the picture that region covers ({@code area}, 0..1), and where it sits
 * as words ({@code place}: "near the face", "at the top left", ...). Today {@link StrongestChangeRegion} fills it
 * from the change map; a detector's residual maps can fill the same value.
 */
public record ChangeEvidence(int member, double fromStage, double toStage, CropBox region, double area, String place) {
}
