package dev.winnow.learn.crop;

import dev.winnow.common.CropBox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class CropGeometryTest {
    @Test
    void cropGeometryKeepsTheAspectAndStaysInsideTheImage() {
        CropBox b = CropGeometry.box(0.95, 0.1, 0.6);
        assertThat(b.width()).isCloseTo(b.height(), within(1e-12));
        assertThat(b.width()).isCloseTo(0.6, within(1e-12));
        assertThat(b.insideUnit(0)).isTrue();
        assertThat(b.x2()).isEqualTo(1.0);
        assertThat(b.y1()).isEqualTo(0.0);
        assertThat(CropGeometry.box(0.5, 0.5, 1.7)).isEqualTo(CropBox.FULL);
    }

    @Test
    void bucketMediansFallBackToTheGlobalMedianForSmallBuckets() {
        List<CropTarget> targets = new ArrayList<>();
        for (int i = 0; i < CropBuckets.MIN_BUCKET; i++) {
            targets.add(new CropTarget("p", i, 832, 1216, 1, 2, true, new CropBox(0.1, 0, 0.8, 0.7)));
        }
        targets.add(new CropTarget("p", 99, 1216, 832, 1, 2, true, new CropBox(0.3, 0.3, 0.6, 0.6)));
        CropBuckets b = CropBuckets.fit(targets);
        assertThat(b.median(832, 1216)).isEqualTo(new CropBox(0.1, 0, 0.8, 0.7));
        assertThat(b.median(1216, 832)).as("landscape bucket has 1 crop: global median").isEqualTo(b.global());
        assertThat(b.counts()).containsEntry("landscape/s", 1);
    }
}
