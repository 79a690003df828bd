package dev.winnow.history;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Random;

/**
 * Resolution-free structured scenes for exercising recovery (bench and tests): gradients, shapes and text-like
 * strokes drawn in normalized coordinates, so one seed rendered at any size shows the same picture. Later stages
 * add pixel-scale grain (different at every resolution, as an upscaler's invented detail is) and stage 3 a slight
 * colour grade, which makes stage 2 and stage 3 of one seed look almost identical.
 */
final class SyntheticScenes {
    private SyntheticScenes() {
    }

    /** The scene of {@code seed} at w x h; detail 0 (stage 1), 1 (stage 2) or 2 (stage 3, graded). */
    static BufferedImage render(long seed, int w, int h, int detail) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.transform(AffineTransform.getScaleInstance(w, h));
            Random r = new Random(seed);
            g.setPaint(new GradientPaint(0, 0, color(r), (float) r.nextDouble(), 1, color(r)));
            g.fill(new Rectangle2D.Double(0, 0, 1, 1));
            for (int i = 0; i < 14; i++) {
                g.setColor(new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256), 120 + r.nextInt(136)));
                double x = r.nextDouble(), y = r.nextDouble(), a = 0.03 + r.nextDouble() * 0.25, b = 0.03 + r.nextDouble() * 0.25;
                switch (r.nextInt(3)) {
                    case 0 -> g.fill(new Ellipse2D.Double(x - a / 2, y - b / 2, a, b));
                    case 1 -> g.fill(new Rectangle2D.Double(x - a / 2, y - b / 2, a, b));
                    default -> g.fill(triangle(r, x, y, a));
                }
            }
            for (int i = 0; i < 10; i++) {
                g.setColor(color(r));
                g.setStroke(new BasicStroke((float) (0.002 + r.nextDouble() * 0.006)));
                Path2D.Double stroke = new Path2D.Double();
                double x = r.nextDouble(), y = r.nextDouble();
                stroke.moveTo(x, y);
                for (int k = 0; k < 5; k++) stroke.lineTo(x += (r.nextDouble() - 0.5) * 0.15, y += (r.nextDouble() - 0.5) * 0.15);
                g.draw(stroke);
            }
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 1).deriveFont(0.045f);
            g.setFont(font);
            for (int i = 0; i < 4; i++) {
                g.setColor(color(r));
                g.drawString(Long.toString(r.nextLong() & 0xffffffL, 36), (float) (r.nextDouble() * 0.8), (float) (0.05 + r.nextDouble() * 0.9));
            }
        } finally {
            g.dispose();
        }
        if (detail >= 1) grain(img, seed * 31 + w, 6);
        if (detail >= 2) {
            grain(img, seed * 37 + h, 4);
            grade(img);
        }
        return img;
    }

    private static Path2D.Double triangle(Random r, double x, double y, double size) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x, y - size / 2);
        p.lineTo(x + size / 2 * (0.5 + r.nextDouble()), y + size / 2);
        p.lineTo(x - size / 2 * (0.5 + r.nextDouble()), y + size / 2);
        p.closePath();
        return p;
    }

    private static Color color(Random r) {
        return new Color(r.nextInt(256), r.nextInt(256), r.nextInt(256));
    }

    /** Per-pixel noise of +-amplitude levels, a different pattern at every size (an enhancer's invented detail). */
    private static void grain(BufferedImage img, long seed, int amplitude) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        Random r = new Random(seed);
        for (int i = 0; i < px.length; i++) {
            int d = r.nextInt(2 * amplitude + 1) - amplitude;
            int p = px[i];
            px[i] = rgb(((p >> 16) & 255) + d, ((p >> 8) & 255) + d, (p & 255) + d);
        }
    }

    /** A slight warm grade with a touch more contrast. */
    private static void grade(BufferedImage img) {
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int rr = (p >> 16) & 255, gg = (p >> 8) & 255, bb = p & 255;
            px[i] = rgb((int) ((rr - 128) * 1.06 + 134), (int) ((gg - 128) * 1.06 + 129), (int) ((bb - 128) * 1.06 + 122));
        }
    }

    private static int rgb(int r, int g, int b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }
}
