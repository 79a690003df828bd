package dev.winnow.demo;

import dev.winnow.demo.SetPlan.CropBox;
import dev.winnow.demo.SetPlan.FinalPlan;
import dev.winnow.demo.SetPlan.Format;
import dev.winnow.demo.SetPlan.Member;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Renders and writes one set: its stage files with companions, and the curator's final with companions. */
final class SetWriter {
    private final Path originals;
    private final Path finals;

    SetWriter(Path originals, Path finals) {
        this.originals = originals;
        this.finals = finals;
    }

    void write(SetPlan set) {
        Scene scene = SceneFactory.create(set.sceneSeed());
        BufferedImage winner = null;
        for (int i = 0; i < set.members().size(); i++) {
            Member m = set.members().get(i);
            SceneRenderer.Look look = SceneRenderer.Look.of(m.stage(), set.faceSwapped());
            BufferedImage img = SceneRenderer.render(scene, look, m.width(), m.height());
            if (set.carriesArtifact(i)) ArtifactPainter.apply(img, set.artifact(), scene, look);
            Path file = originals.resolve(m.fileName());
            ImageFiles.write(img, Format.PNG, file);
            stamp(file, m.time());
            writeCompanions(scene, set, i, originals, m.stem(), m.time());
            if (i == set.winner()) winner = img;
        }
        if (winner != null) writeFinal(scene, set, winner);
    }

    void write(ProjectPlan.Stray stray) {
        Scene scene = SceneFactory.create(stray.sceneSeed());
        BufferedImage img = SceneRenderer.render(scene, new SceneRenderer.Look(false, 0), stray.width(), stray.height());
        if (!stray.fileName().contains("preview")) toGrey(img);
        Path file = originals.resolve(stray.fileName());
        ImageFiles.write(img, Format.PNG, file);
        stamp(file, stray.time());
        Path yaml = originals.resolve(stray.stem() + ".yaml");
        writeText(yaml, CompanionText.yaml(scene, DemoStage.GENERATED, "unknown", stray.width(), stray.height(), stray.sceneSeed()));
        stamp(yaml, stray.time());
    }

    /** An untouched PNG final is a byte copy of the original, as a file copied by the curator would be. */
    private void writeFinal(Scene scene, SetPlan set, BufferedImage winnerImage) {
        FinalPlan fin = set.finalPlan();
        Path target = finals.resolve(fin.fileName());
        boolean untouched = set.crop() == null && fin.width() == winnerImage.getWidth() && fin.height() == winnerImage.getHeight();
        if (untouched && fin.format() == Format.PNG) {
            copy(originals.resolve(set.winnerMember().fileName()), target);
        } else {
            CropBox box = set.crop() != null ? set.crop() : new CropBox(0, 0, winnerImage.getWidth(), winnerImage.getHeight());
            BufferedImage out = untouched ? winnerImage : ImageFiles.cropAndResize(winnerImage, box, fin.width(), fin.height());
            ImageFiles.write(out, fin.format(), target);
        }
        writeCompanions(scene, set, set.winner(), finals, fin.stem(), null);
    }

    private static void copy(Path from, Path to) {
        try {
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    /** Companions of member {@code i}, named after {@code stem}; stamped with the member's time when given. */
    private static void writeCompanions(Scene scene, SetPlan set, int i, Path dir, String stem, LocalDateTime time) {
        Member m = set.members().get(i);
        long textSeed = Seeds.mix(set.textSeed(), i);
        for (String ext : m.companionExts()) {
            String text = switch (ext) {
                case ".yaml" -> CompanionText.yaml(scene, m.stage(), m.label(), m.width(), m.height(), textSeed);
                case ".caption" -> CompanionText.caption(scene);
                case ".txt" -> CompanionText.note(textSeed);
                default -> throw new IllegalStateException("unknown companion " + ext);
            };
            Path file = dir.resolve(stem + ext);
            writeText(file, text);
            if (time != null) stamp(file, time);
        }
    }

    private static void writeText(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** Originals carry the time their stage finished, as the pipeline's files do (names say the same time). */
    private static void stamp(Path file, LocalDateTime time) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(time.toInstant(ZoneOffset.UTC)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot set time of " + file, e);
        }
    }

    private static void toGrey(BufferedImage img) {
        int[] px = PixelPasses.pixels(img);
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int l = (77 * ((p >> 16) & 255) + 150 * ((p >> 8) & 255) + 29 * (p & 255)) >> 8;
            px[i] = (l << 16) | (l << 8) | l;
        }
    }
}
