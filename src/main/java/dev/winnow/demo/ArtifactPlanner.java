package dev.winnow.demo;

import static dev.winnow.demo.Seeds.between;

import dev.winnow.demo.FigureEdit.Extra;
import dev.winnow.demo.FigureEdit.ExtraKind;
import dev.winnow.demo.Scene.Figure;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Decides where and how an artifact breaks a scene. Regions are local (about 1-5% of the image), follow the
 * content (a smeared face sits on the face, a missing navel where the navel was) and vary in size and position.
 */
final class ArtifactPlanner {
    private static final double MIN_AREA = 0.008;
    private static final double MAX_AREA = 0.05;

    private ArtifactPlanner() {
    }

    /** Empty when this scene cannot show the kind (no visible navel, face out of frame, ...). */
    static Optional<Artifact> plan(ArtifactKind kind, Scene scene, double aspect, Random r) {
        FigureGeometry geo = new FigureGeometry(scene.figure(), aspect);
        long seed = r.nextLong();
        return switch (kind) {
            case SMEARED_FACE -> smearedFace(geo, r, seed);
            case MISSING_NAVEL -> missingNavel(geo, r, seed);
            case DUPLICATED_FEATURE -> duplicated(geo, r, seed);
            case EXTRA_LIMB -> extraLimb(geo, r, seed);
            case LOCAL_BLUR -> onSubject(kind, geo, r, seed, between(r, 0.6, 1.0), Color.BLACK);
            case WARPED_REGION -> onSubject(kind, geo, r, seed, between(r, 0.9, 2.0) * (r.nextBoolean() ? 1 : -1), Color.BLACK);
            case COLOUR_BLEED -> onSubject(kind, geo, r, seed, between(r, 0.45, 0.8), bleedTint(scene, r));
        };
    }

    private static Optional<Artifact> smearedFace(FigureGeometry geo, Random r, long seed) {
        NormBox face = geo.box(-0.78 + between(r, -0.1, 0.1), -0.62 + between(r, -0.1, 0.15),
                0.78 + between(r, -0.1, 0.1), 0.9 + between(r, -0.15, 0.1));
        return accept(face, 0.7).map(box -> new Artifact(ArtifactKind.SMEARED_FACE, box, FigureEdit.NONE,
                between(r, 0.5, 1.0), between(r, 0, 2 * Math.PI), Color.BLACK, seed));
    }

    private static Optional<Artifact> missingNavel(FigureGeometry geo, Random r, long seed) {
        Figure f = geo.figure();
        if (!f.navelVisible() || !geo.inFrame(f.navelDx(), Figure.NAVEL_Y, 0.03)) return Optional.empty();
        double hx = between(r, 0.55, 1.0);
        NormBox box = geo.box(f.navelDx() - hx + between(r, -0.2, 0.2), Figure.NAVEL_Y - between(r, 1.3, 1.7),
                f.navelDx() + hx + between(r, -0.2, 0.2), Figure.NAVEL_Y + between(r, 0.4, 0.8));
        return accept(box, 0.9).map(b -> new Artifact(ArtifactKind.MISSING_NAVEL, b, new FigureEdit(true, List.of()),
                0, 0, Color.BLACK, seed));
    }

    private static Optional<Artifact> duplicated(FigureGeometry geo, Random r, long seed) {
        Figure f = geo.figure();
        List<Extra> options = new ArrayList<>();
        double side = r.nextBoolean() ? 1 : -1;
        options.add(new Extra(ExtraKind.EYE, between(r, -0.15, 0.15), between(r, -0.55, -0.35), between(r, 0.8, 1.1), 0));
        options.add(new Extra(ExtraKind.EYE, side * between(r, 0.35, 0.5), between(r, 0.2, 0.35), between(r, 0.7, 1.0), 0));
        if (f.navelVisible()) {
            options.add(new Extra(ExtraKind.NAVEL, f.navelDx() + side * between(r, 0.5, 0.9),
                    Figure.NAVEL_Y + between(r, -0.6, 0.6), between(r, 0.8, 1.2), 0));
        }
        double[] hand = f.hand((int) side);
        options.add(new Extra(ExtraKind.HAND, hand[0] + side * between(r, 0.45, 0.7), hand[1] + between(r, -0.5, 0.5),
                between(r, 0.85, 1.05), 0));
        for (int attempt = 0; attempt < options.size(); attempt++) {
            Extra e = options.get(r.nextInt(options.size()));
            double reach = switch (e.kind()) {
                case EYE -> 0.3;
                case NAVEL -> 1.2 * e.size();
                default -> 0.55 * e.size();
            };
            double margin = between(r, 0.15, 0.35);
            NormBox box = geo.box(e.x() - reach * (e.kind() == ExtraKind.NAVEL ? 0.3 : 1) - margin, e.y() - reach - margin,
                    e.x() + reach * (e.kind() == ExtraKind.NAVEL ? 0.3 : 1) + margin,
                    e.y() + (e.kind() == ExtraKind.NAVEL ? 0.35 : reach + 0.25) + margin);
            Optional<Artifact> a = accept(box, 0.95).map(b -> new Artifact(ArtifactKind.DUPLICATED_FEATURE, b,
                    new FigureEdit(false, List.of(e)), 0, 0, Color.BLACK, seed));
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private static Optional<Artifact> extraLimb(FigureGeometry geo, Random r, long seed) {
        Figure f = geo.figure();
        int side = r.nextBoolean() ? 1 : -1;
        Extra e;
        NormBox box;
        if (r.nextDouble() < 0.6) {
            double y = between(r, 2.6, 5.0);
            double x = side * between(r, 1.25, 1.55) * f.bodyWidth();
            double len = between(r, 1.2, 2.2);
            double angle = side * between(r, 0.5, 1.5);
            e = new Extra(ExtraKind.LIMB_STUB, x, y, len, angle);
            double tx = x + Math.sin(angle) * len;
            double ty = y + Math.cos(angle) * len;
            double m = 0.55 + between(r, 0.05, 0.3);
            box = geo.box(Math.min(x, tx) - m, Math.min(y, ty) - m, Math.max(x, tx) + m, Math.max(y, ty) + m);
        } else {
            double[] at = r.nextBoolean() ? f.shoulder(side) : new double[] {side * 1.7 * f.bodyWidth(), 6.2};
            double size = between(r, 0.6, 1.1);
            e = new Extra(ExtraKind.BLOB, at[0] + side * 0.2, at[1] + between(r, -0.3, 0.3), size, between(r, -0.8, 0.8));
            double m = size * 0.6 + between(r, 0.1, 0.3);
            box = geo.around(e.x(), e.y(), m, m);
        }
        return accept(box, 0.95).map(b -> new Artifact(ArtifactKind.EXTRA_LIMB, b, new FigureEdit(false, List.of(e)),
                0, 0, Color.BLACK, seed));
    }

    /** Pixel damage centred on a part of the subject, sized by area. */
    private static Optional<Artifact> onSubject(ArtifactKind kind, FigureGeometry geo, Random r, long seed,
                                                double strength, Color tint) {
        Figure f = geo.figure();
        double b = f.bodyWidth();
        int side = r.nextBoolean() ? 1 : -1;
        List<double[]> targets = List.of(
                new double[] {side * 0.8, 0.0}, new double[] {0, -0.9}, f.shoulder(side), f.elbow(side), f.hand(side),
                new double[] {side * 1.25 * b, 5.0}, new double[] {side * 0.8, 3.6}, new double[] {side * 1.8 * b, 6.5},
                new double[] {0, 2.6});
        for (int attempt = 0; attempt < 12; attempt++) {
            double[] t = targets.get(r.nextInt(targets.size()));
            if (!geo.inFrame(t[0], t[1], 0.06)) continue;
            double area = between(r, MIN_AREA, MAX_AREA * 0.7);
            double ratio = between(r, 0.7, 1.4);
            double aspect = geo.unitY() / geo.unitX();
            double hw = Math.sqrt(area * ratio / aspect) / 2;
            double hh = Math.sqrt(area * aspect / ratio) / 2;
            NormBox box = NormBox.around(geo.x(t[0]) + between(r, -0.3, 0.3) * hw, geo.y(t[1]) + between(r, -0.3, 0.3) * hh, hw, hh);
            Optional<Artifact> a = accept(box, 0.9).map(bx -> new Artifact(kind, bx, FigureEdit.NONE, strength, 0,
                    tint, seed));
            if (a.isPresent()) return a;
        }
        return Optional.empty();
    }

    private static Color bleedTint(Scene scene, Random r) {
        Figure f = scene.figure();
        List<Color> neighbours = List.of(f.hair(), f.top(), f.bottom(), scene.backdrop().top(), f.patternColor());
        return neighbours.get(r.nextInt(neighbours.size()));
    }

    /** Keeps a region that is mostly inside the image and of a plausible local size. */
    private static Optional<NormBox> accept(NormBox box, double minInside) {
        NormBox clamped = box.clampToImage();
        if (box.area() <= 0 || clamped.area() < minInside * box.area()) return Optional.empty();
        if (clamped.area() < MIN_AREA * 0.5 || clamped.area() > MAX_AREA * 1.6) return Optional.empty();
        return Optional.of(clamped);
    }
}
