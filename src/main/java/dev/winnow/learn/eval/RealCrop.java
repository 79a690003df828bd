package dev.winnow.learn.eval;

import dev.winnow.common.CropBox;
import dev.winnow.learn.crop.CropTarget;

/** One crop from the old tool's select_crop_log: the kept image's size and stage, the set size, the box. */
record RealCrop(String projectId, long row, int width, int height, double stage, int setSize, boolean highest,
                CropBox box) {

    CropTarget target() {
        return new CropTarget(projectId, row, width, height, stage, setSize, highest, box);
    }
}
