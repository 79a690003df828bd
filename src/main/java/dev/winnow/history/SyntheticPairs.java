package dev.winnow.history;

import dev.winnow.common.CropBox;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;

/**
 * Generated original/final pairs with known truth, for `winnow bench history` and the tests: a stage set of
 * near-identical stages (same scene, different invented detail), one member kept, cropped (aspect kept, sometimes
 * not at all), sometimes resized and sometimes re-encoded as JPEG.
 */
final class SyntheticPairs {
    /** How the final was made from the winner. */
    record Options(double uncroppedRate, double resizeRate, double jpegRate) {
    }

    /** One generated pair: the stage images (lowest stage first), the final, and the truth. */
    record Pair(List<String> names, List<BufferedImage> stages, BufferedImage finalImage, boolean finalIsJpeg,
                int winner, CropBox truth) {
        byte[] finalBytes() {
            return finalIsJpeg ? jpeg(finalImage, 0.85f) : png(finalImage);
        }
    }

    private SyntheticPairs() {
    }

    /**
     * A set of stage 2 and stage 3 at the same size ({@code longSide} px portrait), the harder case for telling
     * the winner, with a final from a random member.
     */
    static Pair make(long seed, int longSide, Options o) {
        Random r = new Random(seed * 0x9E3779B97F4A7C15L);
        int w = (int) Math.round(longSide * 0.685), h = longSide;
        String stem = String.format("20250101_%06d", (int) (seed % 1_000_000));
        List<String> names = List.of(stem + "_stage2_upscaled.png", stem + "_stage3_enhanced.png");
        List<BufferedImage> stages = List.of(SyntheticScenes.render(seed, w, h, 1), SyntheticScenes.render(seed, w, h, 2));
        int winner = r.nextInt(2);
        CropBox box = r.nextDouble() < o.uncroppedRate() ? CropBox.FULL : randomBox(r);
        BufferedImage fin = crop(stages.get(winner), box);
        if (r.nextDouble() < o.resizeRate()) {
            double s = 0.45 + r.nextDouble() * 0.45;
            fin = resize(fin, (int) Math.round(fin.getWidth() * s), (int) Math.round(fin.getHeight() * s));
        }
        int[] px = box.toPixels(w, h);
        CropBox truth = CropBox.fromPixels(px[0], px[1], px[0] + px[2], px[1] + px[3], w, h);
        return new Pair(names, stages, fin, r.nextDouble() < o.jpegRate(), winner, truth);
    }

    /** A box keeping the image's aspect ratio, 30-95% of the width, anywhere inside. */
    static CropBox randomBox(Random r) {
        double s = 0.3 + r.nextDouble() * 0.65;
        double x = r.nextDouble() * (1 - s), y = r.nextDouble() * (1 - s);
        return new CropBox(x, y, x + s, y + s);
    }

    static BufferedImage crop(BufferedImage img, CropBox box) {
        int[] p = box.toPixels(img.getWidth(), img.getHeight());
        BufferedImage out = new BufferedImage(p[2], p[3], BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(img, -p[0], -p[1], null);
        g.dispose();
        return out;
    }

    /** Bicubic resize in halving steps, the way decent resizers avoid aliasing. */
    static BufferedImage resize(BufferedImage img, int w, int h) {
        BufferedImage cur = img;
        while (cur.getWidth() / 2 >= w && cur.getHeight() / 2 >= h) cur = draw(cur, cur.getWidth() / 2, cur.getHeight() / 2);
        return draw(cur, w, h);
    }

    private static BufferedImage draw(BufferedImage img, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(img, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static byte[] png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] jpeg(BufferedImage img, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam p = writer.getDefaultWriteParam();
            p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            p.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(img, null, null), p);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }
}
