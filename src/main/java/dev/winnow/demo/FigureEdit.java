package dev.winnow.demo;

import java.util.List;

/**
 * A local change to the figure that a broken stage makes: the navel is gone, or something is drawn twice or
 * grows where it should not. Positions and sizes are in figure units (head radius = 1, head centre at 0,0).
 */
record FigureEdit(boolean hideNavel, List<Extra> extras) {
    static final FigureEdit NONE = new FigureEdit(false, List.of());

    FigureEdit {
        extras = List.copyOf(extras);
    }

    enum ExtraKind { EYE, NAVEL, HAND, LIMB_STUB, BLOB }

    /** {@code angle} points a stub or blob, in radians from straight down. */
    record Extra(ExtraKind kind, double x, double y, double size, double angle) {
    }
}
