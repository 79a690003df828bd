package dev.winnow.demo;

import dev.winnow.demo.FigureEdit.Extra;
import dev.winnow.demo.Scene.Face;
import dev.winnow.demo.Scene.Figure;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;

/** Paints the subject in figure units: head radius 1, head centre at (0, 0), y grows downwards. */
final class FigurePainter {
    private FigurePainter() {
    }

    static void paint(Graphics2D g, Figure f, Face face, int detail, FigureEdit edit, long detailSeed, int w, int h) {
        AffineTransform saved = g.getTransform();
        g.translate(f.cx() * w, f.headY() * h);
        g.scale(f.unit() * h, f.unit() * h);
        HairPainter.back(g, f);
        legs(g, f);
        bottoms(g, f);
        Shape torso = torso(f);
        g.setPaint(horizontalShade(f.skin(), 2.1 * f.bodyWidth()));
        g.fill(torso);
        if (f.navelVisible() && !edit.hideNavel()) navel(g, f.skin(), f.navelDx(), Figure.NAVEL_Y, 1);
        top(g, f, torso);
        for (int side = -1; side <= 1; side += 2) {
            arm(g, f, side, detail);
        }
        head(g, f);
        FacePainter.paint(g, face, f.hair(), detail);
        HairPainter.front(g, f);
        HairPainter.strands(g, f, detail, detailSeed);
        accessories(g, f);
        for (Extra extra : edit.extras()) {
            extra(g, f, face, extra, detail);
        }
        g.setTransform(saved);
    }

    private static LinearGradientPaint horizontalShade(Color base, double halfWidth) {
        return new LinearGradientPaint(new Point2D.Double(-halfWidth, 0), new Point2D.Double(halfWidth, 0),
                new float[] {0f, 0.35f, 0.6f, 1f},
                new Color[] {Colors.shade(base, 0.72), base, Colors.shade(base, 1.08), Colors.shade(base, 0.75)});
    }

    private static Shape torso(Figure f) {
        double b = f.bodyWidth();
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-0.45, 1.3);
        p.quadTo(-1.2 * b, 1.45, -1.75 * b, 1.8);
        p.quadTo(-1.75 * b, 2.3, -1.6 * b, 2.8);
        p.quadTo(-1.2 * b, 4.0, -1.25 * b, 5.0);
        p.quadTo(-1.85 * b, 5.8, -1.85 * b, 7.4);
        p.lineTo(1.85 * b, 7.4);
        p.quadTo(1.85 * b, 5.8, 1.25 * b, 5.0);
        p.quadTo(1.2 * b, 4.0, 1.6 * b, 2.8);
        p.quadTo(1.75 * b, 2.3, 1.75 * b, 1.8);
        p.quadTo(1.2 * b, 1.45, 0.45, 1.3);
        p.closePath();
        return p;
    }

    static void navel(Graphics2D g, Color skin, double x, double y, double size) {
        g.setColor(Colors.alpha(Colors.shade(skin, 0.8), 0.6));
        g.setStroke(new BasicStroke((float) (0.03 * size), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(x - 0.02, y - 1.1 * size, x + 0.03, y - 0.6 * size, x, y - 0.25 * size));
        g.setColor(Colors.shade(skin, 0.55));
        g.fill(new Ellipse2D.Double(x - 0.07 * size, y - 0.1 * size, 0.14 * size, 0.2 * size));
        g.setColor(Colors.alpha(Colors.shade(skin, 1.15), 0.8));
        g.setStroke(new BasicStroke((float) (0.025 * size)));
        g.draw(new QuadCurve2D.Double(x - 0.08 * size, y + 0.1 * size, x, y + 0.17 * size, x + 0.08 * size, y + 0.1 * size));
    }

    private static void top(Graphics2D g, Figure f, Shape torso) {
        double bottomEdge = switch (f.topStyle()) {
            case CROP_TOP -> 3.6;
            case TANK -> 6.3;
            case DRESS -> 7.4;
        };
        Path2D.Double cover = new Path2D.Double();
        cover.moveTo(-3, 1.55);
        cover.quadTo(0, 2.2, 3, 1.55);
        cover.lineTo(3, bottomEdge);
        cover.quadTo(0, bottomEdge + 0.35, -3, bottomEdge);
        cover.closePath();
        Area area = new Area(torso);
        area.intersect(new Area(cover));
        if (f.topStyle() == Scene.TopStyle.DRESS) {
            double b = f.bodyWidth();
            Path2D.Double skirt = new Path2D.Double();
            skirt.moveTo(-1.85 * b, 7.0);
            skirt.lineTo(1.85 * b, 7.0);
            skirt.lineTo(2.9 * b, 11.2);
            skirt.quadTo(0, 11.7, -2.9 * b, 11.2);
            skirt.closePath();
            area.add(new Area(skirt));
        }
        g.setPaint(horizontalShade(f.top(), 2.2 * f.bodyWidth()));
        g.fill(area);
        Shape savedClip = g.getClip();
        g.clip(area);
        g.setColor(Colors.alpha(f.patternColor(), 0.7));
        switch (f.pattern()) {
            case STRIPES -> {
                for (double y = 1.4; y < 12; y += 0.5) g.fill(new Rectangle2D.Double(-4, y, 8, 0.18));
            }
            case DOTS -> {
                for (double y = 1.5; y < 12; y += 0.45) {
                    for (double x = -3.2 + (y * 2 % 0.9); x < 3.2; x += 0.45) g.fill(new Ellipse2D.Double(x, y, 0.14, 0.14));
                }
            }
            case PLAIN -> { }
        }
        g.setClip(savedClip);
        g.setColor(Colors.shade(f.top(), 0.6));
        g.setStroke(new BasicStroke(0.05f));
        g.draw(new QuadCurve2D.Double(-1.4 * f.bodyWidth(), bottomEdge, 0, bottomEdge + 0.35, 1.4 * f.bodyWidth(), bottomEdge));
    }

    private static void legs(Graphics2D g, Figure f) {
        double b = f.bodyWidth();
        for (int side = -1; side <= 1; side += 2) {
            Path2D.Double leg = new Path2D.Double();
            leg.moveTo(side * 0.1, 6.8);
            leg.lineTo(side * 1.8 * b, 6.8);
            leg.quadTo(side * 1.7 * b, 11, side * 1.15 * b, 16.5);
            leg.lineTo(side * 0.45 * b, 16.5);
            leg.quadTo(side * 0.2, 11, side * 0.1, 6.8);
            leg.closePath();
            g.setPaint(new GradientPaint((float) (side * 0.1), 0f, f.skin(), (float) (side * 1.8 * b), 0f,
                    Colors.shade(f.skin(), 0.75)));
            g.fill(leg);
        }
    }

    private static void bottoms(Graphics2D g, Figure f) {
        double b = f.bodyWidth();
        g.setPaint(horizontalShade(f.bottom(), 2.4 * b));
        Path2D.Double p = new Path2D.Double();
        p.moveTo(-1.45 * b, 5.9);
        p.lineTo(1.45 * b, 5.9);
        if (f.bottomStyle() == Scene.BottomStyle.SKIRT) {
            p.lineTo(2.6 * b, 9.8);
            p.quadTo(0, 10.3, -2.6 * b, 9.8);
        } else {
            p.quadTo(1.9 * b, 7.0, 1.8 * b, 8.0);
            p.quadTo(1.7 * b, 12, 1.2 * b, 16.5);
            p.lineTo(0.35 * b, 16.5);
            p.lineTo(0.05, 8.6);
            p.lineTo(-0.35 * b, 16.5);
            p.lineTo(-1.2 * b, 16.5);
            p.quadTo(-1.7 * b, 12, -1.8 * b, 8.0);
            p.quadTo(-1.9 * b, 7.0, -1.45 * b, 5.9);
        }
        p.closePath();
        g.fill(p);
        g.setColor(Colors.shade(f.bottom(), 0.6));
        g.setStroke(new BasicStroke(0.08f));
        g.draw(new Line2D.Double(-1.4 * b, 5.95, 1.4 * b, 5.95));
    }

    private static void arm(Graphics2D g, Figure f, int side, int detail) {
        double[] s = f.shoulder(side);
        double[] e = f.elbow(side);
        double[] hand = f.hand(side);
        limb(g, f.skin(), s, e, 0.66);
        limb(g, f.skin(), e, hand, 0.52);
        hand(g, f.skin(), hand[0], hand[1], side, 1, detail);
    }

    /** A shaded capsule: darker rim, lighter core. */
    static void limb(Graphics2D g, Color skin, double[] from, double[] to, double width) {
        Line2D.Double bone = new Line2D.Double(from[0], from[1], to[0], to[1]);
        g.setColor(Colors.shade(skin, 0.78));
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bone);
        g.setColor(skin);
        g.setStroke(new BasicStroke((float) (width * 0.72), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(bone);
        g.setColor(Colors.alpha(Colors.shade(skin, 1.12), 0.7));
        g.setStroke(new BasicStroke((float) (width * 0.25), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(from[0] - width * 0.12, from[1], to[0] - width * 0.12, to[1]));
    }

    static void hand(Graphics2D g, Color skin, double x, double y, int side, double size, int detail) {
        double r = 0.36 * size;
        g.setPaint(new RadialGradientPaint(new Point2D.Double(x - r * 0.3, y - r * 0.3), (float) (r * 1.4),
                new float[] {0f, 1f}, new Color[] {Colors.shade(skin, 1.06), Colors.shade(skin, 0.78)}));
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2.2 * r));
        g.setColor(Colors.shade(skin, 0.62));
        g.setStroke(new BasicStroke((float) (detail >= 1 ? 0.02 : 0.035), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 3; i++) {
            double fx = x + (i - 1) * r * 0.42;
            g.draw(new Line2D.Double(fx, y + r * 0.5, fx + side * 0.02, y + r * 1.15));
        }
    }

    private static void head(Graphics2D g, Figure f) {
        Color skin = f.skin();
        g.setPaint(new GradientPaint(0f, 0.6f, Colors.shade(skin, 0.8), 0f, 1.7f, Colors.shade(skin, 0.95)));
        g.fill(new Rectangle2D.Double(-0.34, 0.6, 0.68, 1.1));
        g.setColor(Colors.shade(skin, 0.9));
        g.fill(new Ellipse2D.Double(-0.95, -0.1, 0.22, 0.42));
        g.fill(new Ellipse2D.Double(0.73, -0.1, 0.22, 0.42));
        g.setPaint(new RadialGradientPaint(new Point2D.Double(-0.2, -0.3), 1.25f, new float[] {0f, 0.6f, 1f},
                new Color[] {Colors.shade(skin, 1.08), skin, Colors.shade(skin, 0.8)}));
        g.fill(new Ellipse2D.Double(-0.82, -1.0, 1.64, 2.0));
    }

    private static void accessories(Graphics2D g, Figure f) {
        Color gold = new Color(214, 176, 82);
        if (f.earrings()) {
            g.setColor(gold);
            g.fill(new Ellipse2D.Double(-0.94, 0.3, 0.12, 0.12));
            g.fill(new Ellipse2D.Double(0.82, 0.3, 0.12, 0.12));
            g.setStroke(new BasicStroke(0.03f));
            g.draw(new Line2D.Double(-0.88, 0.42, -0.88, 0.62));
            g.draw(new Line2D.Double(0.88, 0.42, 0.88, 0.62));
        }
        if (f.necklace()) {
            for (int i = 0; i <= 12; i++) {
                double t = i / 12.0;
                double x = -0.75 + 1.5 * t;
                double y = 1.45 + 0.55 * Math.sin(Math.PI * t);
                g.setColor(i % 2 == 0 ? gold : new Color(236, 232, 224));
                g.fill(new Ellipse2D.Double(x - 0.055, y - 0.055, 0.11, 0.11));
            }
        }
    }

    private static void extra(Graphics2D g, Figure f, Face face, Extra e, int detail) {
        switch (e.kind()) {
            case EYE -> FacePainter.eye(g, e.x(), e.y(), face.eyeSize() * e.size(), face.almondEyes(), face.iris(), detail);
            case NAVEL -> navel(g, f.skin(), e.x(), e.y(), e.size());
            case HAND -> hand(g, f.skin(), e.x(), e.y(), e.x() < 0 ? -1 : 1, e.size(), detail);
            case LIMB_STUB -> {
                double[] from = {e.x(), e.y()};
                double[] to = {e.x() + Math.sin(e.angle()) * e.size(), e.y() + Math.cos(e.angle()) * e.size()};
                limb(g, f.skin(), from, to, 0.5);
                hand(g, f.skin(), to[0], to[1], e.x() < 0 ? -1 : 1, 0.6, detail);
            }
            case BLOB -> {
                AffineTransform saved = g.getTransform();
                g.rotate(-e.angle(), e.x(), e.y());
                g.setPaint(new RadialGradientPaint(new Point2D.Double(e.x() - e.size() * 0.2, e.y() - e.size() * 0.2),
                        (float) e.size(), new float[] {0f, 1f},
                        new Color[] {Colors.shade(f.skin(), 1.05), Colors.shade(f.skin(), 0.72)}));
                g.fill(new Ellipse2D.Double(e.x() - e.size() * 0.5, e.y() - e.size() * 0.35, e.size(), e.size() * 0.7));
                g.setTransform(saved);
            }
        }
    }
}
