package dev.winnow.embed;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.Jackson;
import dev.winnow.imaging.RgbImages;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How an image becomes the model's input tensor, as a Hugging Face image processor describes it: resize (the
 * shortest edge to {@code shortestEdge}, or to exactly {@code resizeWidth} x {@code resizeHeight}), center crop to
 * {@code cropWidth} x {@code cropHeight}, multiply by {@code rescale}, then (x - mean) / std per RGB channel, laid
 * out as 1x3xHxW float. Resizing uses area averaging (the processors use bicubic; for downscaling the difference
 * is small and area averaging does not alias).
 */
public record OnnxPreprocessing(int shortestEdge, int resizeWidth, int resizeHeight, int cropWidth, int cropHeight,
                                double rescale, float[] mean, float[] std) {
    /** OpenAI CLIP's normalization, the default when nothing says otherwise. */
    static final float[] CLIP_MEAN = {0.48145466f, 0.4578275f, 0.40821073f};
    static final float[] CLIP_STD = {0.26862954f, 0.26130258f, 0.27577711f};

    public OnnxPreprocessing {
        if (mean.length != 3 || std.length != 3) throw new IllegalArgumentException("mean and std need 3 values (R,G,B)");
        for (float s : std) if (!(s > 0)) throw new IllegalArgumentException("std values must be > 0");
        if (cropWidth <= 0 || cropHeight <= 0) throw new IllegalArgumentException("crop size must be positive");
    }

    /** Square input: resize the shortest edge to {@code size}, crop {@code crop}, CLIP mean/std unless given. */
    public static OnnxPreprocessing square(int size, int crop, float[] mean, float[] std) {
        return new OnnxPreprocessing(size, 0, 0, crop, crop, 1 / 255.0, mean == null ? CLIP_MEAN : mean,
                std == null ? CLIP_STD : std);
    }

    /** Reads a Hugging Face {@code preprocessor_config.json}. */
    public static OnnxPreprocessing fromHuggingFace(Path config) throws IOException {
        JsonNode j = Jackson.mapper().readTree(config.toFile());
        int shortest = 0, rw = 0, rh = 0;
        if (j.path("do_resize").asBoolean(true) && j.has("size")) {
            JsonNode size = j.get("size");
            if (size.isInt()) shortest = size.asInt();
            else if (size.has("shortest_edge")) shortest = size.get("shortest_edge").asInt();
            else if (size.has("height") && size.has("width")) {
                rw = size.get("width").asInt();
                rh = size.get("height").asInt();
            }
        }
        int cw, ch;
        JsonNode crop = j.get("crop_size");
        if (j.path("do_center_crop").asBoolean(crop != null) && crop != null) {
            cw = crop.isInt() ? crop.asInt() : crop.path("width").asInt();
            ch = crop.isInt() ? crop.asInt() : crop.path("height").asInt();
        } else if (rw > 0) {
            cw = rw;
            ch = rh;
        } else if (shortest > 0) {
            cw = ch = shortest;
        } else {
            throw new IOException(config + ": neither size nor crop_size says the input size");
        }
        double rescale = j.path("do_rescale").asBoolean(true) ? j.path("rescale_factor").asDouble(1 / 255.0) : 1;
        boolean normalize = j.path("do_normalize").asBoolean(true);
        float[] mean = normalize ? floats(j.get("image_mean"), CLIP_MEAN) : new float[] {0, 0, 0};
        float[] std = normalize ? floats(j.get("image_std"), CLIP_STD) : new float[] {1, 1, 1};
        return new OnnxPreprocessing(shortest, rw, rh, cw, ch, rescale, mean, std);
    }

    private static float[] floats(JsonNode n, float[] fallback) {
        if (n == null || !n.isArray() || n.size() != 3) return fallback;
        return new float[] {(float) n.get(0).asDouble(), (float) n.get(1).asDouble(), (float) n.get(2).asDouble()};
    }

    /** Parses "a,b,c" into three floats. */
    public static float[] parseTriple(String text) {
        String[] parts = text.split(",");
        if (parts.length != 3) throw new IllegalArgumentException("expected three comma-separated numbers, got '" + text + "'");
        float[] out = new float[3];
        for (int i = 0; i < 3; i++) out[i] = Float.parseFloat(parts[i].trim());
        return out;
    }

    /** The size the image needs before cropping, for an image of the given size. */
    int[] resizedSize(int w, int h) {
        if (resizeWidth > 0) return new int[] {resizeWidth, resizeHeight};
        if (shortestEdge <= 0) return new int[] {w, h};
        double s = (double) shortestEdge / Math.min(w, h);
        return new int[] {Math.max(cropWidth, (int) Math.round(w * s)), Math.max(cropHeight, (int) Math.round(h * s))};
    }

    /** The 1x3xHxW input tensor data for an image. */
    float[] tensor(BufferedImage img) {
        int[] size = resizedSize(img.getWidth(), img.getHeight());
        BufferedImage resized = size[0] == img.getWidth() && size[1] == img.getHeight()
                ? img : RgbImages.resize(img, size[0], size[1]);
        int x0 = Math.max(0, (size[0] - cropWidth) / 2), y0 = Math.max(0, (size[1] - cropHeight) / 2);
        int[] px = RgbImages.pixels(resized);
        int plane = cropWidth * cropHeight;
        // Every 8-bit level maps to one input value per channel: look it up instead of computing it per pixel.
        float[][] level = new float[3][256];
        for (int c = 0; c < 3; c++) {
            for (int v = 0; v < 256; v++) level[c][v] = (float) ((v * rescale - mean[c]) / std[c]);
        }
        float[] out = new float[3 * plane];
        for (int y = 0; y < cropHeight; y++) {
            int sy = Math.min(size[1] - 1, y0 + y);
            for (int x = 0; x < cropWidth; x++) {
                int p = px[sy * size[0] + Math.min(size[0] - 1, x0 + x)];
                int i = y * cropWidth + x;
                out[i] = level[0][(p >> 16) & 0xff];
                out[plane + i] = level[1][(p >> 8) & 0xff];
                out[2 * plane + i] = level[2][p & 0xff];
            }
        }
        return out;
    }

    /** The shortest side an image must have for resizing to be a downscale. */
    int neededShortSide() {
        if (resizeWidth > 0) return Math.max(resizeWidth, resizeHeight);
        return Math.max(shortestEdge, Math.max(cropWidth, cropHeight));
    }

    Map<String, Object> describe() {
        Map<String, Object> m = new LinkedHashMap<>();
        if (resizeWidth > 0) m.put("resize", resizeWidth + "x" + resizeHeight);
        else m.put("shortestEdge", shortestEdge);
        m.put("crop", cropWidth + "x" + cropHeight);
        m.put("rescale", rescale);
        m.put("mean", new float[] {mean[0], mean[1], mean[2]});
        m.put("std", new float[] {std[0], std[1], std[2]});
        return m;
    }

    /** A stable text form, hashed into the embedder id so other preprocessing means another id. */
    String canonical() {
        return String.format(Locale.ROOT, "se=%d rw=%d rh=%d cw=%d ch=%d rs=%.8f m=%.8f,%.8f,%.8f s=%.8f,%.8f,%.8f",
                shortestEdge, resizeWidth, resizeHeight, cropWidth, cropHeight, rescale, mean[0], mean[1], mean[2],
                std[0], std[1], std[2]);
    }
}
