package dev.winnow.demo;

import dev.winnow.demo.Scene.Figure;
import java.awt.BasicStroke;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** Paints hair in figure units: the mass behind the head, the fringe in front, and strands. */
final class HairPainter {
    private HairPainter() {
    }

    static void back(Graphics2D g, Figure f) {
        Area hair = new Area(new Ellipse2D.Double(-1.0, -1.25, 2.0, 1.8));
        switch (f.hairStyle()) {
            case LONG -> {
                Path2D.Double fall = new Path2D.Double();
                fall.moveTo(-1.0, -0.4);
                fall.quadTo(-1.3, 2.0, -1.45, 4.4);
                fall.quadTo(0, 4.9, 1.45, 4.4);
                fall.quadTo(1.3, 2.0, 1.0, -0.4);
                fall.closePath();
                hair.add(new Area(fall));
            }
            case BOB -> hair.add(new Area(new Rectangle2D.Double(-1.08, -0.4, 2.16, 1.55)));
            case BUN -> hair.add(new Area(new Ellipse2D.Double(-0.55, -1.85, 1.1, 0.95)));
            case CURLY -> {
                for (int i = 0; i < 14; i++) {
                    double a = Math.PI * (0.9 + 1.2 * i / 13.0);
                    double cx = Math.cos(a) * 0.98;
                    double cy = Math.sin(a) * 1.05 + (i % 2) * 0.08;
                    hair.add(new Area(new Ellipse2D.Double(cx - 0.42, cy - 0.42, 0.84, 0.84)));
                }
            }
        }
        g.setPaint(new GradientPaint(0f, -1.2f, Colors.shade(f.hair(), 1.1), 0f, 4.5f, Colors.shade(f.hair(), 0.7)));
        g.fill(hair);
    }

    /** The fringe, painted over the forehead after the face. */
    static void front(Graphics2D g, Figure f) {
        Path2D.Double fringe = new Path2D.Double();
        fringe.moveTo(-0.84, -0.15);
        fringe.curveTo(-0.95, -1.35, 0.95, -1.35, 0.84, -0.15);
        fringe.quadTo(0.55, -0.7, 0.1, -0.52);
        fringe.quadTo(-0.45, -0.72, -0.84, -0.15);
        fringe.closePath();
        g.setPaint(new GradientPaint(0f, -1.1f, Colors.shade(f.hair(), 1.15), 0f, -0.3f, Colors.shade(f.hair(), 0.85)));
        g.fill(fringe);
    }

    /** Hair strands: a few coarse ones always, many fine ones only from stage 2 on (the upscaler's detail). */
    static void strands(Graphics2D g, Figure f, int detail, long seed) {
        Random r = new Random(seed);
        int coarse = 10;
        int fine = detail >= 1 ? 70 : 0;
        double bottom = f.hairStyle() == Scene.HairStyle.LONG ? 4.3 : 0.6;
        for (int i = 0; i < coarse + fine; i++) {
            boolean isFine = i >= coarse;
            int side = r.nextBoolean() ? 1 : -1;
            g.setColor(Colors.alpha(Colors.shade(f.hair(), Seeds.between(r, 0.6, 1.4)), isFine ? 0.7 : 0.5));
            g.setStroke(new BasicStroke(isFine ? 0.018f : 0.05f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            if (r.nextDouble() < 0.4) {
                // inside the fringe
                double x0 = Seeds.between(r, -0.6, 0.6);
                g.draw(new QuadCurve2D.Double(x0 * 0.3, -1.08, x0, -0.95, x0 * 1.2, Seeds.between(r, -0.75, -0.55)));
            } else {
                // along the outline of the head, never across the face
                double yEnd = Seeds.between(r, -0.2, bottom);
                g.draw(new QuadCurve2D.Double(side * Seeds.between(r, 0.1, 0.7), -1.12, side * 1.12, -0.6,
                        side * Seeds.between(r, 0.98, 1.4), yEnd));
            }
        }
    }
}
