package dev.winnow.demo;

import java.awt.Rectangle;

/** A box in normalized image coordinates: x as a fraction of the width, y of the height. */
record NormBox(double x1, double y1, double x2, double y2) {

    static NormBox around(double cx, double cy, double halfW, double halfH) {
        return new NormBox(cx - halfW, cy - halfH, cx + halfW, cy + halfH);
    }

    double width() {
        return x2 - x1;
    }

    double height() {
        return y2 - y1;
    }

    double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    NormBox union(NormBox o) {
        return new NormBox(Math.min(x1, o.x1), Math.min(y1, o.y1), Math.max(x2, o.x2), Math.max(y2, o.y2));
    }

    NormBox clampToImage() {
        return new NormBox(Colors.clamp01(x1), Colors.clamp01(y1), Colors.clamp01(x2), Colors.clamp01(y2));
    }

    /** The pixels this box touches in a w x h image. */
    Rectangle toPixels(int w, int h) {
        int px1 = (int) Math.floor(x1 * w);
        int py1 = (int) Math.floor(y1 * h);
        int px2 = (int) Math.ceil(x2 * w);
        int py2 = (int) Math.ceil(y2 * h);
        return new Rectangle(px1, py1, px2 - px1, py2 - py1).intersection(new Rectangle(0, 0, w, h));
    }

    double[] toArray() {
        return new double[] {x1, y1, x2, y2};
    }
}
