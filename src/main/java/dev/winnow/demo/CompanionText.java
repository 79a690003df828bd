package dev.winnow.demo;

import dev.winnow.demo.Scene.Figure;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/** The text files that sit beside an image: generation parameters (.yaml), a caption, a note (.txt). */
final class CompanionText {
    private static final List<String> NAMES = List.of("black", "white", "grey", "red", "orange", "yellow", "green",
            "teal", "blue", "navy", "purple", "pink", "brown", "beige", "gold");
    private static final List<Color> SWATCHES = List.of(new Color(20, 20, 20), new Color(240, 240, 240),
            new Color(128, 128, 128), new Color(200, 30, 30), new Color(240, 140, 30), new Color(240, 220, 60),
            new Color(60, 160, 60), new Color(30, 150, 150), new Color(50, 90, 220), new Color(20, 30, 90),
            new Color(130, 50, 170), new Color(235, 120, 180), new Color(110, 70, 40), new Color(225, 205, 170),
            new Color(210, 170, 70));
    private static final List<String> SAMPLERS = List.of("dpmpp_2m", "dpmpp_2m_sde", "euler_a", "dpmpp_3m_sde", "uni_pc");
    private static final List<String> NOTES = List.of("keep for the series", "hands look fine", "check the face later",
            "good light", "alt pose", "client asked for more of these", "prompt variant B");

    private CompanionText() {
    }

    static String yaml(Scene scene, DemoStage stage, String label, int width, int height, long textSeed) {
        Random r = new Random(textSeed);
        StringBuilder y = new StringBuilder();
        y.append("# generation parameters\n");
        y.append("seed: ").append(Math.floorMod(textSeed, 4_294_967_296L)).append('\n');
        y.append("stage: ").append(label).append('\n');
        y.append("prompt: \"").append(prompt(scene)).append("\"\n");
        y.append("negative_prompt: \"blurry, lowres, extra limbs, deformed hands\"\n");
        y.append("sampler: ").append(SAMPLERS.get(r.nextInt(SAMPLERS.size()))).append('\n');
        y.append("scheduler: karras\n");
        y.append("steps: ").append(20 + r.nextInt(21)).append('\n');
        y.append("cfg_scale: ").append(String.format(Locale.ROOT, "%.1f", 4.5 + r.nextInt(9) * 0.5)).append('\n');
        y.append("width: ").append(width).append('\n');
        y.append("height: ").append(height).append('\n');
        y.append("model: demo-xl-").append(1 + r.nextInt(3)).append(".0\n");
        switch (stage) {
            case FACE_SWAPPED -> y.append("face_model: face_").append(String.format("%02d", r.nextInt(40))).append('\n');
            case UPSCALED -> y.append("upscaler: 2x_demo_esrgan\ndenoise: ").append(String.format(Locale.ROOT, "%.2f", 0.2 + r.nextInt(30) / 100.0)).append('\n');
            case ENHANCED -> y.append("enhancer: demo_detailer\nstrength: ").append(String.format(Locale.ROOT, "%.2f", 0.3 + r.nextInt(40) / 100.0)).append('\n');
            case GENERATED -> { }
        }
        return y.toString();
    }

    static String caption(Scene scene) {
        Figure f = scene.figure();
        return "a woman with " + hair(f) + ", wearing a " + name(f.top()) + " " + top(f) + " and a " + name(f.bottom())
                + " " + f.bottomStyle().name().toLowerCase(Locale.ROOT) + ", " + backdrop(scene) + "\n";
    }

    static String note(long textSeed) {
        return NOTES.get(new Random(textSeed ^ 0x5DEECE66DL).nextInt(NOTES.size())) + "\n";
    }

    private static String prompt(Scene scene) {
        Figure f = scene.figure();
        return "photo portrait of a woman, " + hair(f) + ", " + name(f.top()) + " " + top(f) + ", " + backdrop(scene)
                + ", soft light, detailed skin";
    }

    private static String hair(Figure f) {
        String style = switch (f.hairStyle()) {
            case LONG -> "long";
            case BOB -> "bob cut";
            case BUN -> "bun";
            case CURLY -> "curly";
        };
        return style + " " + name(f.hair()) + " hair";
    }

    private static String top(Figure f) {
        return switch (f.topStyle()) {
            case CROP_TOP -> "crop top";
            case TANK -> "tank top";
            case DRESS -> "dress";
        };
    }

    private static String backdrop(Scene scene) {
        String props = scene.backdrop().props().stream().map(p -> p.kind().name().toLowerCase(Locale.ROOT))
                .distinct().limit(2).collect(Collectors.joining(" and "));
        return "in front of a " + name(scene.backdrop().top()) + " wall" + (props.isEmpty() ? "" : " with " + props);
    }

    static String name(Color c) {
        int best = 0;
        long bestDist = Long.MAX_VALUE;
        for (int i = 0; i < SWATCHES.size(); i++) {
            Color s = SWATCHES.get(i);
            long dr = c.getRed() - s.getRed();
            long dg = c.getGreen() - s.getGreen();
            long db = c.getBlue() - s.getBlue();
            long d = 2 * dr * dr + 4 * dg * dg + 3 * db * db;
            if (d < bestDist) {
                bestDist = d;
                best = i;
            }
        }
        return NAMES.get(best);
    }
}
