package dev.winnow.embed;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.ProgressReporter;
import dev.winnow.imaging.SyntheticPortrait;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A small real project on disk: stage sets of real PNGs named like the user's, plus singles, scanned into a store. */
final class ProjectFixture {
    static final String ID = "p1";
    final Path root;
    final Path home;
    final Store store;
    final List<Path> files = new ArrayList<>();

    ProjectFixture(Path tmp, int sets, int singles) throws IOException {
        root = Files.createDirectories(tmp.resolve("project"));
        home = tmp.resolve("home");
        int second = 0;
        for (int s = 0; s < sets; s++) {
            SyntheticPortrait scene = new SyntheticPortrait(100 + s);
            files.add(write(root.resolve(name(second++, "stage1_generated")), scene.render(48, 72)));
            files.add(write(root.resolve(name(second++, "stage1.5_face_swapped")), scene.render(52, 76)));
            files.add(write(root.resolve(name(second++, "stage2_upscaled")), scene.render(96, 144)));
            second += 30;
        }
        for (int i = 0; i < singles; i++) {
            files.add(write(root.resolve("single_" + i + ".png"), new SyntheticPortrait(900 + i).render(60, 80)));
        }
        store = Store.open(home);
        new Catalog(store).addProject(ID, root, null);
        rescan();
    }

    static String name(int second, String stage) {
        return String.format("20250708_06%02d%02d_%s.png", second / 60, second % 60, stage);
    }

    static Path write(Path file, BufferedImage img) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, png(img));
        return file;
    }

    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** Moves the first stage set's three members (stages 1, 1.5, 2) into the folder "moved"; content unchanged. */
    void moveFirstSet() throws IOException {
        Path moved = Files.createDirectories(root.resolve("moved"));
        String[] stages = {"stage1_generated", "stage1.5_face_swapped", "stage2_upscaled"};
        for (int second = 0; second < stages.length; second++) {
            String name = name(second, stages[second]);
            Files.move(root.resolve(name), moved.resolve(name));
        }
    }

    /** Gives the first set's top stage (stage 2) other content, with a newer modification time; then rescans. */
    void redrawTopAndRescan() throws IOException {
        Path top = root.resolve(name(2, "stage2_upscaled"));
        write(top, new SyntheticPortrait(7).render(96, 144));
        Files.setLastModifiedTime(top, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        rescan();
    }

    void rescan() {
        new Catalog(store).scan(ID, ProgressReporter.silent());
    }

    EmbedReport embed(Embedder embedder, int threads, StopSignal stop) throws InterruptedException {
        return new EmbedPipeline(store, home).run(ID, embedder, threads, ProgressReporter.silent(), stop);
    }

    EmbedReport embed() throws InterruptedException {
        return embed(new PixelEmbedder(), 2, StopSignal.never());
    }
}
