package dev.winnow.demo;

import dev.winnow.demo.Scene.Figure;

/** Where the parts of a figure land in normalized image coordinates for a given aspect (width / height). */
final class FigureGeometry {
    private final Figure f;
    private final double ux;
    private final double uy;

    FigureGeometry(Figure f, double aspect) {
        this.f = f;
        this.ux = f.unit() / aspect;
        this.uy = f.unit();
    }

    Figure figure() {
        return f;
    }

    double x(double fx) {
        return f.cx() + fx * ux;
    }

    double y(double fy) {
        return f.headY() + fy * uy;
    }

    /** Box from figure units, not clamped. */
    NormBox box(double fx1, double fy1, double fx2, double fy2) {
        return new NormBox(x(fx1), y(fy1), x(fx2), y(fy2));
    }

    /** Box of half-size (hx, hy) figure units around (fx, fy). */
    NormBox around(double fx, double fy, double hx, double hy) {
        return box(fx - hx, fy - hy, fx + hx, fy + hy);
    }

    double unitX() {
        return ux;
    }

    double unitY() {
        return uy;
    }

    double headTop() {
        return y(-1.3);
    }

    /** The whole figure including raised or spread arms, not clamped to the image. */
    NormBox body() {
        double b = f.bodyWidth();
        NormBox box = box(-2.6 * b, -1.3, 2.6 * b, 16.5);
        for (int side = -1; side <= 1; side += 2) {
            double[] hand = f.hand(side);
            double[] elbow = f.elbow(side);
            box = box.union(around(hand[0], hand[1], 0.5, 0.5)).union(around(elbow[0], elbow[1], 0.4, 0.4));
        }
        return box;
    }

    boolean inFrame(double fx, double fy, double margin) {
        double x = x(fx);
        double y = y(fy);
        return x >= margin && x <= 1 - margin && y >= margin && y <= 1 - margin;
    }
}
