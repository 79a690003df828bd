package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes generated original/final folders for recovery tests: stage sets of structured scenes (stage 1 at the base
 * size, stage 2 twice, stage 3 three times, or near-identical stage 2/3 at one size), and finals made from a chosen
 * member by cropping (aspect kept), optionally resizing, re-encoding as JPEG and renaming. Keeps the truth.
 */
final class GeneratedHistory {
    /** What to do to one set's final. */
    record FinalSpec(int winner, CropBox box, double resize, boolean jpeg, String renameTo) {
        static FinalSpec of(int winner, CropBox box) {
            return new FinalSpec(winner, box, 1.0, false, null);
        }

        FinalSpec resized(double s) {
            return new FinalSpec(winner, box, s, jpeg, renameTo);
        }

        FinalSpec asJpeg() {
            return new FinalSpec(winner, box, resize, true, renameTo);
        }

        FinalSpec renamed(String name) {
            return new FinalSpec(winner, box, resize, jpeg, name);
        }
    }

    /** One generated set: member names (lowest stage first) and, if it has one, the final's spec and file name. */
    record GeneratedSet(List<String> names, List<int[]> sizes, FinalSpec spec, String finalName) {
        CropBox truthBox() {
            int[] s = sizes.get(spec.winner());
            int[] px = spec.box().toPixels(s[0], s[1]);
            return CropBox.fromPixels(px[0], px[1], px[0] + px[2], px[1] + px[3], s[0], s[1]);
        }
    }

    final Path original;
    final Path fin;
    final List<GeneratedSet> sets = new ArrayList<>();
    private int minute;

    GeneratedHistory(Path dir) throws IOException {
        this.original = Files.createDirectories(dir.resolve("original"));
        this.fin = Files.createDirectories(dir.resolve("final"));
    }

    /** A set of stage 1, 2 and 3 (base, 2x, 3x of a portrait of {@code base} px width). */
    GeneratedSet staged(long seed, int base, FinalSpec spec) {
        return generation(seed, base, List.of(1.0, 2.0, 3.0), spec);
    }

    /** Stage 2 and stage 3 at the same size: they differ only by invented detail and a slight grade. */
    GeneratedSet nearIdentical(long seed, int width, FinalSpec spec) {
        int h = (int) Math.round(width * 1.46);
        return write(seed, List.of(new int[] {width, h, 1, 20}, new int[] {width, h, 2, 30}), spec);
    }

    /**
     * One generation with only the given stages (1, 1.5, 2 or 3; 1 and 1.5 at the base size, 2 twice, 3 three
     * times; 1.5 carries stage 2's grain), e.g. a stage-1-only generation or one whose stage 1 is missing.
     * {@code spec.winner()} indexes the given stages.
     */
    GeneratedSet generation(long seed, int base, List<Double> stages, FinalSpec spec) {
        int h = (int) Math.round(base * 1.46);
        List<int[]> specs = new ArrayList<>();
        for (double st : stages) {
            int scale = st < 2 ? 1 : (int) st;
            int detail = st == 1 ? 0 : st < 3 ? 1 : 2;
            specs.add(new int[] {scale * base, scale * h, detail, (int) Math.round(st * 10)});
        }
        return write(seed, specs, spec);
    }

    /** @param stages per member: width, height, scene detail and stage times ten (10, 15, 20, 30) */
    private GeneratedSet write(long seed, List<int[]> stages, FinalSpec spec) {
        minute++;
        List<String> names = new ArrayList<>();
        List<int[]> sizes = new ArrayList<>();
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            int[] st = stages.get(i);
            String label = switch (st[3]) {
                case 10 -> "stage1_generated";
                case 15 -> "stage1.5_face_swapped";
                case 20 -> "stage2_upscaled";
                default -> "stage3_enhanced";
            };
            String name = String.format("20250102_%02d%02d%02d_%s.png", minute / 60, minute % 60, i, label);
            BufferedImage img = SyntheticScenes.render(seed, st[0], st[1], st[2]);
            write(original.resolve(name), SyntheticPairs.png(img));
            names.add(name);
            sizes.add(new int[] {st[0], st[1]});
            images.add(img);
        }
        String finalName = null;
        if (spec != null) {
            BufferedImage f = SyntheticPairs.crop(images.get(spec.winner()), spec.box());
            if (spec.resize() != 1.0) {
                f = SyntheticPairs.resize(f, (int) Math.round(f.getWidth() * spec.resize()), (int) Math.round(f.getHeight() * spec.resize()));
            }
            String stem = names.get(spec.winner()).replace(".png", "");
            finalName = spec.renameTo() != null ? spec.renameTo() : stem + (spec.jpeg() ? ".jpg" : ".png");
            write(fin.resolve(finalName), spec.jpeg() ? SyntheticPairs.jpeg(f, 0.85f) : SyntheticPairs.png(f));
        }
        GeneratedSet s = new GeneratedSet(names, sizes, spec, finalName);
        sets.add(s);
        return s;
    }

    static CropBox box(Random r) {
        return SyntheticPairs.randomBox(r);
    }

    static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
