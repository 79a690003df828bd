package dev.winnow.demo;

import dev.winnow.demo.Scene.Backdrop;
import dev.winnow.demo.Scene.Prop;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.MultipleGradientPaint.CycleMethod;
import java.awt.RadialGradientPaint;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Paints the room behind the subject in pixel coordinates derived from fractions of the image size. */
final class BackdropPainter {
    private BackdropPainter() {
    }

    static void paint(Graphics2D g, Backdrop b, BufferedImage img, Rectangle clip) {
        int w = img.getWidth();
        int h = img.getHeight();
        double dx = Math.cos(b.gradientAngle()) * w * 0.6;
        double dy = Math.sin(b.gradientAngle()) * h * 0.6 + h * 0.4;
        g.setPaint(new LinearGradientPaint(new Point2D.Double(w / 2.0 - dx, h / 2.0 - dy),
                new Point2D.Double(w / 2.0 + dx, h / 2.0 + dy), new float[] {0f, 0.55f, 1f},
                new Color[] {b.top(), Colors.mix(b.top(), b.bottom(), 0.6), b.bottom()}));
        g.fill(new Rectangle2D.Double(0, 0, w, h));
        if (b.floorY() < 1) {
            double fy = b.floorY() * h;
            g.setPaint(new GradientPaint(0f, (float) fy, b.floor(), 0f, h, Colors.shade(b.floor(), 0.65)));
            g.fill(new Rectangle2D.Double(0, fy, w, h - fy));
            g.setColor(Colors.alpha(Colors.shade(b.floor(), 0.5), 0.8));
            g.setStroke(new BasicStroke((float) (h * 0.004)));
            g.draw(new Line2D.Double(0, fy, w, fy));
        }
        PixelPasses.lowFrequencyTexture(img, clip, b.textureSeed(), b.textureStrength());
        for (Prop p : b.props()) {
            prop(g, p, w, h);
        }
    }

    private static void prop(Graphics2D g, Prop p, int w, int h) {
        Rectangle2D.Double box = new Rectangle2D.Double(p.x() * w, p.y() * h, p.w() * w, p.h() * h);
        switch (p.kind()) {
            case WINDOW -> window(g, p, box, h);
            case LAMP -> lamp(g, p, box);
            case CURTAIN -> curtain(g, p, box, h);
            case FRAME -> frame(g, p, box, h);
            case PLANT -> plant(g, p, box);
            case STRIPES -> stripes(g, p, box, h);
        }
    }

    private static void window(Graphics2D g, Prop p, Rectangle2D.Double box, int h) {
        g.setPaint(new GradientPaint((float) box.x, (float) box.y, Colors.shade(p.accent(), 1.35),
                (float) box.x, (float) box.getMaxY(), p.accent()));
        g.fill(box);
        g.setColor(p.color());
        g.setStroke(new BasicStroke((float) (h * 0.012)));
        g.draw(box);
        g.setStroke(new BasicStroke((float) (h * 0.006)));
        g.draw(new Line2D.Double(box.getCenterX(), box.y, box.getCenterX(), box.getMaxY()));
        g.draw(new Line2D.Double(box.x, box.getCenterY(), box.getMaxX(), box.getCenterY()));
    }

    private static void lamp(Graphics2D g, Prop p, Rectangle2D.Double box) {
        double r = Math.min(box.width, box.height) * 0.5;
        Point2D.Double c = new Point2D.Double(box.getCenterX(), box.getCenterY());
        g.setPaint(new RadialGradientPaint(c, (float) (r * 1.6), new float[] {0f, 0.25f, 1f},
                new Color[] {Colors.alpha(Colors.shade(p.accent(), 1.6), 0.95), Colors.alpha(p.accent(), 0.55),
                    Colors.alpha(p.accent(), 0)}));
        g.fill(new Ellipse2D.Double(c.x - r * 1.6, c.y - r * 1.6, r * 3.2, r * 3.2));
        g.setColor(Colors.shade(p.color(), 0.6));
        g.fill(new Rectangle2D.Double(c.x - r * 0.06, c.y + r * 0.3, r * 0.12, box.height * 1.5));
    }

    private static void curtain(Graphics2D g, Prop p, Rectangle2D.Double box, int h) {
        int folds = 3 + (int) Math.floorMod(p.seed(), 5L);
        double fw = box.width / folds;
        double bottom = Math.min(h, box.getMaxY() + h * 0.4);
        for (int i = 0; i < folds; i++) {
            double x = box.x + i * fw;
            g.setPaint(new LinearGradientPaint(new Point2D.Double(x, 0), new Point2D.Double(x + fw, 0),
                    new float[] {0f, 0.5f, 1f},
                    new Color[] {Colors.shade(p.color(), 0.7), Colors.shade(p.color(), 1.1), Colors.shade(p.color(), 0.75)},
                    CycleMethod.NO_CYCLE));
            Path2D.Double fold = new Path2D.Double();
            fold.moveTo(x, 0);
            fold.lineTo(x + fw, 0);
            fold.quadTo(x + fw * 1.1, bottom * 0.6, x + fw * (1 + 0.15 * Math.sin(i + p.seed())), bottom);
            fold.lineTo(x + fw * 0.1 * Math.cos(i + p.seed()), bottom);
            fold.closePath();
            g.fill(fold);
        }
    }

    private static void frame(Graphics2D g, Prop p, Rectangle2D.Double box, int h) {
        g.setColor(p.color());
        g.fill(box);
        double m = Math.min(box.width, box.height) * 0.1;
        Rectangle2D.Double inner = new Rectangle2D.Double(box.x + m, box.y + m, box.width - 2 * m, box.height - 2 * m);
        g.setPaint(new GradientPaint((float) inner.x, (float) inner.y, p.accent(), (float) inner.getMaxX(),
                (float) inner.getMaxY(), Colors.shade(p.accent(), 0.5)));
        g.fill(inner);
        g.setColor(Colors.alpha(Colors.shade(p.color(), 1.4), 0.8));
        g.fill(new Ellipse2D.Double(inner.x + inner.width * 0.2, inner.y + inner.height * 0.25, inner.width * 0.45,
                inner.height * 0.35));
        g.setStroke(new BasicStroke((float) (h * 0.003)));
        g.setColor(Colors.shade(p.color(), 0.5));
        g.draw(box);
    }

    private static void plant(Graphics2D g, Prop p, Rectangle2D.Double box) {
        Random r = new Random(p.seed());
        double potW = box.width * 0.4;
        double potTop = box.getMaxY() - box.height * 0.25;
        Color green = Colors.hsb(Seeds.between(r, 0.22, 0.4), Seeds.between(r, 0.4, 0.8), Seeds.between(r, 0.3, 0.7));
        int leaves = Seeds.between(r, 6, 14);
        for (int i = 0; i < leaves; i++) {
            double lx = box.getCenterX() + Seeds.between(r, -0.4, 0.4) * box.width;
            double ly = box.y + Seeds.between(r, 0.0, 0.7) * box.height;
            double lw = box.width * Seeds.between(r, 0.12, 0.3);
            AffineTransform saved = g.getTransform();
            g.rotate(Seeds.between(r, -1.2, 1.2), lx, ly);
            g.setPaint(new GradientPaint((float) lx, (float) ly, Colors.shade(green, Seeds.between(r, 0.7, 1.3)),
                    (float) (lx + lw), (float) ly, Colors.shade(green, 0.6)));
            g.fill(new Ellipse2D.Double(lx - lw / 2, ly - lw * 1.4, lw, lw * 2.8));
            g.setTransform(saved);
        }
        Path2D.Double pot = new Path2D.Double();
        pot.moveTo(box.getCenterX() - potW / 2, potTop);
        pot.lineTo(box.getCenterX() + potW / 2, potTop);
        pot.lineTo(box.getCenterX() + potW * 0.35, box.getMaxY());
        pot.lineTo(box.getCenterX() - potW * 0.35, box.getMaxY());
        pot.closePath();
        g.setColor(p.color());
        g.fill(pot);
    }

    private static void stripes(Graphics2D g, Prop p, Rectangle2D.Double box, int h) {
        double step = h * (0.02 + 0.04 * ((p.seed() & 0xff) / 255.0));
        g.setColor(Colors.alpha(p.color(), 0.22));
        for (double x = box.x; x < box.getMaxX(); x += step) {
            g.fill(new Rectangle2D.Double(x, 0, step * 0.45, h));
        }
    }
}
