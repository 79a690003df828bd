package dev.winnow.demo;

import static dev.winnow.demo.Seeds.between;
import static dev.winnow.demo.Seeds.chance;
import static dev.winnow.demo.Seeds.pick;

import dev.winnow.demo.Scene.Arm;
import dev.winnow.demo.Scene.Backdrop;
import dev.winnow.demo.Scene.BottomStyle;
import dev.winnow.demo.Scene.Face;
import dev.winnow.demo.Scene.Figure;
import dev.winnow.demo.Scene.Grade;
import dev.winnow.demo.Scene.HairStyle;
import dev.winnow.demo.Scene.Prop;
import dev.winnow.demo.Scene.PropKind;
import dev.winnow.demo.Scene.TopPattern;
import dev.winnow.demo.Scene.TopStyle;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws a varied portrait scene from a seed: the same seed always gives the same scene. */
final class SceneFactory {
    private static final List<Color> SKIN = List.of(
            new Color(255, 226, 204), new Color(244, 200, 170), new Color(226, 178, 138),
            new Color(200, 142, 104), new Color(150, 96, 64), new Color(98, 62, 44));
    private static final List<Color> HAIR = List.of(
            new Color(28, 24, 24), new Color(74, 48, 32), new Color(128, 86, 52), new Color(214, 180, 112),
            new Color(160, 64, 32), new Color(186, 184, 184), new Color(214, 112, 164), new Color(64, 92, 176));
    private static final List<Color> IRIS = List.of(
            new Color(70, 110, 170), new Color(92, 64, 40), new Color(60, 120, 80), new Color(120, 120, 130),
            new Color(40, 30, 24), new Color(140, 110, 60));

    private SceneFactory() {
    }

    static Scene create(long sceneSeed) {
        Random r = Seeds.random(sceneSeed, 1);
        Backdrop backdrop = backdrop(r);
        Figure figure = figure(r);
        Face face = face(r, figure.skin());
        Face swapped = face(Seeds.random(sceneSeed, 2), figure.skin());
        Grade grade = new Grade(between(r, 1.06, 1.28), between(r, 1.04, 1.28), between(r, -10, 14), between(r, 0, 10));
        return new Scene(backdrop, figure, face, swapped, grade, Seeds.mix(sceneSeed, 3));
    }

    private static Backdrop backdrop(Random r) {
        double hue = r.nextDouble();
        double spread = between(r, 0.04, 0.35) * (chance(r, 0.5) ? 1 : -1);
        Color top = Colors.hsb(hue, between(r, 0.1, 0.7), between(r, 0.35, 0.95));
        Color bottom = Colors.hsb(hue + spread, between(r, 0.1, 0.8), between(r, 0.15, 0.8));
        Color floor = Colors.shade(Colors.hsb(hue + 0.5 * spread + between(r, -0.1, 0.1), between(r, 0.1, 0.6), 0.6),
                between(r, 0.5, 0.9));
        double floorY = chance(r, 0.7) ? between(r, 0.55, 0.9) : 2;
        int n = between(r, 2, 7);
        List<Prop> props = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PropKind kind = pick(r, List.of(PropKind.values()));
            double w = between(r, 0.08, 0.45);
            double h = between(r, 0.08, 0.6);
            Color color = Colors.hsb(hue + between(r, -0.5, 0.5), between(r, 0.1, 0.8), between(r, 0.3, 1.0));
            Color accent = Colors.hsb(r.nextDouble(), between(r, 0.2, 0.9), between(r, 0.4, 1.0));
            props.add(new Prop(kind, between(r, -0.1, 1.0 - w * 0.5), between(r, -0.05, 0.85), w, h, color, accent,
                    r.nextLong()));
        }
        return new Backdrop(top, bottom, between(r, 0, Math.PI), floor, floorY, List.copyOf(props), r.nextLong(),
                between(r, 0.05, 0.2));
    }

    private static Figure figure(Random r) {
        Color skin = Colors.jitter(pick(r, SKIN), r, 10);
        Color hair = Colors.jitter(pick(r, HAIR), r, 12);
        Color top = Colors.hsb(r.nextDouble(), between(r, 0.2, 0.95), between(r, 0.25, 0.95));
        Color pattern = Colors.hsb(r.nextDouble(), between(r, 0.0, 0.8), between(r, 0.5, 1.0));
        Color bottom = Colors.hsb(r.nextDouble(), between(r, 0.1, 0.8), between(r, 0.1, 0.7));
        double topRoll = r.nextDouble();
        TopStyle topStyle = topRoll < 0.78 ? TopStyle.CROP_TOP : topRoll < 0.9 ? TopStyle.TANK : TopStyle.DRESS;
        TopPattern patternStyle = pick(r, List.of(TopPattern.PLAIN, TopPattern.PLAIN, TopPattern.STRIPES, TopPattern.DOTS));
        return new Figure(between(r, 0.3, 0.7), between(r, 0.1, 0.26), between(r, 0.05, 0.085), between(r, 0.85, 1.2),
                skin, hair, pick(r, List.of(HairStyle.values())), top, topStyle, patternStyle, pattern, bottom,
                chance(r, 0.5) ? BottomStyle.SKIRT : BottomStyle.PANTS, arm(r), arm(r), chance(r, 0.4), chance(r, 0.5),
                between(r, -0.12, 0.12));
    }

    private static Arm arm(Random r) {
        double pose = r.nextDouble();
        if (pose < 0.55) {
            double a = between(r, 0.06, 0.32);
            return new Arm(a, a + between(r, -0.1, 0.35));
        }
        if (pose < 0.85) return new Arm(between(r, 0.45, 0.75), between(r, -0.95, -0.55));
        return new Arm(between(r, 2.3, 2.75), between(r, 2.75, 3.2));
    }

    private static Face face(Random r, Color skin) {
        return new Face(between(r, 0.26, 0.38), between(r, -0.14, 0.02), between(r, 0.8, 1.2), chance(r, 0.5),
                Colors.jitter(pick(r, IRIS), r, 14), between(r, 0.18, 0.3), between(r, -0.08, 0.1),
                between(r, 0.5, 0.62), between(r, 0.2, 0.34), between(r, -0.05, 0.12), between(r, 0.05, 0.1),
                Colors.mix(skin, Colors.hsb(between(r, 0.95, 1.02), between(r, 0.45, 0.75), between(r, 0.5, 0.85)), 0.7),
                Colors.jitter(skin, r, 14), between(r, 0.22, 0.34), between(r, 0.0, 0.35));
    }
}
