package dev.winnow.demo;

import dev.winnow.demo.Scene.Figure;

/**
 * What a shot shows as the curator sees it: how big the figure is in the frame and whether it already stands
 * where a portrait wants it (head near the vertical centre line, in the upper part of the frame). Read from the
 * scene, never from a project, so the same picture is judged the same way wherever it turns up.
 */
record Shot(Size size, boolean framed) {
    /** Head radius (fraction of the image height) from which a figure counts as a close-up, and below which as wide. */
    static final double CLOSE_UNIT = 0.0735;
    static final double WIDE_UNIT = 0.0615;

    enum Size { CLOSE, MEDIUM, WIDE }

    static Shot of(Figure f) {
        Size size = f.unit() >= CLOSE_UNIT ? Size.CLOSE : f.unit() < WIDE_UNIT ? Size.WIDE : Size.MEDIUM;
        boolean framed = Math.abs(f.cx() - 0.5) <= 0.07 && f.headY() >= 0.13 && f.headY() <= 0.21;
        return new Shot(size, framed);
    }
}
