package dev.winnow.demo;

import java.util.Locale;

/**
 * How well history recovery of one demo project matched the hidden truth.
 *
 * @param sets truth stage sets
 * @param winnersRight kept sets whose winner a history decision keeps, plus sets rejected whole of which history
 *                     keeps no member
 * @param cropped kept sets the curator cropped
 * @param croppedIoU98 of those, whose winner history keeps with a crop of IoU >= 0.98 against the truth
 * @param uncropped kept sets the curator did not crop
 * @param uncroppedRight of those, recovered with the right winner and as uncropped (or a near-full box)
 * @param needsReview history decisions of the project that ask for review
 * @param meanIoU mean crop IoU over the cropped sets (0 for a missing or unusable box), NaN without cropped sets
 */
public record DemoScore(String project, int sets, int winnersRight, int cropped, int croppedIoU98,
                        int uncropped, int uncroppedRight, int needsReview, double meanIoU) {

    public static final double IOU_BAR = 0.98;

    /** Share of cropped sets whose crop cleared the bar; 1 when nothing was cropped. */
    public double croppedShare() {
        return cropped == 0 ? 1.0 : (double) croppedIoU98 / cropped;
    }

    public String summary() {
        return String.format(Locale.ROOT, "%d/%d winners, %d/%d crops IoU>=%.2f (mean %.3f), %d/%d uncropped kept uncropped, "
                        + "%d needs review", winnersRight, sets, croppedIoU98, cropped, IOU_BAR, meanIoU, uncroppedRight,
                uncropped, needsReview);
    }
}
