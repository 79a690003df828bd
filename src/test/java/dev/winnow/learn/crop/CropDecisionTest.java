package dev.winnow.learn.crop;

import dev.winnow.imaging.TileGrid;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CropDecisionTest {
    @Test
    void aBoxIsProposedOnlyWhenItsExpectedIouBeatsKeepingTheWholeImage() {
        // A 0.75-side box (area 0.56) that matches a true crop at IoU 0.7, true crops of area 0.56 as well.
        double area = 0.5625, iou = 0.7, cropArea = 0.5625;
        assertThat(AnchoredCrop.worthCropping(0.5, area, iou, cropArea)).isFalse();
        assertThat(AnchoredCrop.worthCropping(0.7, area, iou, cropArea)).isFalse();
        assertThat(AnchoredCrop.worthCropping(0.9, area, iou, cropArea)).isTrue();
        // The break-even probability is (1 - area) / (1 - area + iou - cropArea) = 0.7609...
        double even = (1 - area) / (1 - area + iou - cropArea);
        assertThat(AnchoredCrop.worthCropping(even + 1e-6, area, iou, cropArea)).isTrue();
        assertThat(AnchoredCrop.worthCropping(even - 1e-6, area, iou, cropArea)).isFalse();
        // A box that is a poor guess is never worth more than the whole image.
        assertThat(AnchoredCrop.worthCropping(0.99, area, 0.3, cropArea)).isFalse();
    }

    @Test
    void theMassOfAChangeFindsItsCentreAndSizeBetweenTiles() {
        float[] v = new float[16 * 8];
        // A change covering columns 4-5 and rows 2-3 equally: its centre lies on the border between the tiles.
        for (int r = 2; r <= 3; r++) for (int c = 4; c <= 5; c++) v[r * 16 + c] = 1;
        double[] m = new TileGrid(16, 8, v).massAbove(0);
        assertThat(m[0]).isCloseTo(5.0 / 16, within(1e-9));
        assertThat(m[1]).isCloseTo(3.0 / 8, within(1e-9));
        assertThat(m[2]).isCloseTo(0.5 / 16, within(1e-9));
        assertThat(m[3]).isCloseTo(0.5 / 8, within(1e-9));
        assertThat(new TileGrid(16, 8, new float[16 * 8]).massAbove(0)[0]).isNaN();
    }
}
