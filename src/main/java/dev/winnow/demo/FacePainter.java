package dev.winnow.demo;

import dev.winnow.demo.Scene.Face;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;

/** Paints a face in figure units (head centre at 0,0, head radius 1); stage 1.5 paints a different face. */
final class FacePainter {
    private FacePainter() {
    }

    static void paint(Graphics2D g, Face f, Color hair, int detail) {
        g.setColor(Colors.alpha(f.tint(), 0.55));
        g.fill(new Ellipse2D.Double(-0.74, -0.82, 1.48, 1.74));
        if (f.blush() > 0.05) {
            g.setColor(Colors.alpha(f.lips(), f.blush() * 0.45));
            g.fill(new Ellipse2D.Double(-0.62, 0.12, 0.36, 0.22));
            g.fill(new Ellipse2D.Double(0.26, 0.12, 0.36, 0.22));
        }
        for (int side = -1; side <= 1; side += 2) {
            eye(g, side * f.eyeSpacing(), f.eyeY(), f.eyeSize(), f.almondEyes(), f.iris(), detail);
            brow(g, f, side, hair);
        }
        nose(g, f);
        mouth(g, f, detail);
    }

    /** One eye centred at (x, y); also used for a duplicated-eye artifact. */
    static void eye(Graphics2D g, double x, double y, double size, boolean almond, Color iris, int detail) {
        double ew = 0.3 * size;
        double eh = (almond ? 0.14 : 0.17) * size;
        Path2D.Double white = new Path2D.Double();
        white.moveTo(x - ew / 2, y);
        white.quadTo(x, y - eh * (almond ? 1.2 : 1.0), x + ew / 2, y - (almond ? eh * 0.15 : 0));
        white.quadTo(x, y + eh * (almond ? 0.9 : 1.0), x - ew / 2, y);
        white.closePath();
        g.setColor(new Color(242, 238, 232));
        g.fill(white);
        Shape savedClip = g.getClip();
        g.clip(white);
        double ir = 0.072 * size;
        g.setColor(iris);
        g.fill(new Ellipse2D.Double(x - ir, y - ir, 2 * ir, 2 * ir));
        g.setColor(Colors.shade(iris, 0.55));
        g.setStroke(new BasicStroke((float) (0.012 * size)));
        g.draw(new Ellipse2D.Double(x - ir, y - ir, 2 * ir, 2 * ir));
        g.setColor(new Color(18, 14, 12));
        g.fill(new Ellipse2D.Double(x - ir * 0.45, y - ir * 0.45, ir * 0.9, ir * 0.9));
        if (detail >= 2) {
            g.setColor(new Color(255, 255, 255, 220));
            g.fill(new Ellipse2D.Double(x + ir * 0.2, y - ir * 0.55, ir * 0.32, ir * 0.32));
        }
        g.setClip(savedClip);
        g.setColor(new Color(40, 28, 24));
        g.setStroke(new BasicStroke((float) (0.028 * size), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(x - ew / 2, y, x, y - eh * (almond ? 1.25 : 1.05), x + ew / 2,
                y - (almond ? eh * 0.15 : 0)));
        if (detail >= 1) {
            g.setStroke(new BasicStroke((float) (0.008 * size), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            for (int i = 0; i < 6; i++) {
                double t = (i + 0.5) / 6;
                double lx = x - ew / 2 + ew * t;
                double ly = y - eh * (almond ? 1.25 : 1.05) * 4 * t * (1 - t) * 0.5;
                g.draw(new QuadCurve2D.Double(lx, ly, lx + (t - 0.5) * 0.03, ly - 0.04 * size,
                        lx + (t - 0.5) * 0.07, ly - 0.055 * size));
            }
        }
    }

    private static void brow(Graphics2D g, Face f, int side, Color hair) {
        double x = side * f.eyeSpacing();
        double y = f.eyeY() - f.browLift();
        g.setColor(Colors.shade(hair, 0.8));
        g.setStroke(new BasicStroke(0.045f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(x - side * 0.15, y + f.browTilt(), x, y - 0.06, x + side * 0.17,
                y - f.browTilt() * 0.5));
    }

    private static void nose(Graphics2D g, Face f) {
        double top = f.eyeY() + 0.1;
        double tip = top + f.noseLength();
        g.setColor(Colors.alpha(Colors.shade(f.tint(), 0.7), 0.8));
        g.setStroke(new BasicStroke(0.03f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(0.03, top, 0.1, tip - 0.05, 0.02, tip));
        g.fill(new Ellipse2D.Double(-0.09, tip - 0.015, 0.06, 0.035));
        g.fill(new Ellipse2D.Double(0.04, tip - 0.015, 0.06, 0.035));
    }

    private static void mouth(Graphics2D g, Face f, int detail) {
        double y = f.mouthY();
        double hw = f.mouthWidth() / 2;
        double corner = y - f.smile();
        double full = f.lipFullness();
        Path2D.Double upper = new Path2D.Double();
        upper.moveTo(-hw, corner);
        upper.quadTo(-hw * 0.5, y - full * 1.3, 0, y - full * 0.8);
        upper.quadTo(hw * 0.5, y - full * 1.3, hw, corner);
        upper.quadTo(0, y + full * 0.2, -hw, corner);
        upper.closePath();
        Path2D.Double lower = new Path2D.Double();
        lower.moveTo(-hw, corner);
        lower.quadTo(0, y + full * 0.1, hw, corner);
        lower.quadTo(0, y + full * 2.2, -hw, corner);
        lower.closePath();
        g.setColor(Colors.shade(f.lips(), 0.85));
        g.fill(upper);
        g.setColor(f.lips());
        g.fill(lower);
        g.setColor(Colors.shade(f.lips(), 0.45));
        g.setStroke(new BasicStroke(0.018f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new QuadCurve2D.Double(-hw, corner, 0, y + full * 0.15, hw, corner));
        if (detail >= 2) {
            g.setColor(new Color(255, 255, 255, 90));
            g.fill(new Ellipse2D.Double(-hw * 0.3, y + full * 0.6, hw * 0.6, full * 0.5));
        }
    }
}
