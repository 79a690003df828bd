package dev.winnow.learn.eval;

import dev.winnow.learn.crop.CropTarget;
import dev.winnow.learn.features.FeatureMatrix;
import dev.winnow.learn.features.RowWriter;

import java.util.List;

/** What a crop can be predicted from without pixels: the image's size and aspect, its stage and its set's size. */
final class MetadataCropFeatures {
    static final List<String> NAMES = List.of("width", "height", "aspect", "log_pixels", "stage", "set_size", "is_highest");

    private MetadataCropFeatures() {
    }

    static FeatureMatrix rows(List<CropTarget> targets) {
        FeatureMatrix.Builder b = new FeatureMatrix.Builder(NAMES.size());
        for (CropTarget t : targets) {
            b.add(new RowWriter(NAMES.size()).add(t.width()).add(t.height()).add((double) t.width() / t.height())
                    .add(Math.log((double) t.width() * t.height())).add(t.stage()).add(t.setSize()).add(t.highest()).done());
        }
        return b.build();
    }
}
