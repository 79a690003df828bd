package dev.winnow.review;

import dev.winnow.common.CropBox;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.JournalOpRow;
import dev.winnow.store.JournalRepository;
import dev.winnow.store.ReviewBatchRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Finalize through the journal: interrupted and resumed, undone byte for byte, clashes, crops from originals. */
class FinalizeJournalTest {
    private static final CropBox EDITOR_CROP = new CropBox(0.2, 0.3, 0.7, 0.8);

    /** Thrown by the listener: the process "dies" after a file operation and before it is marked done. */
    private static final class Killed extends RuntimeException {
    }

    /** Review choices on 4 sets: AI pick with AI crop, member 1 uncropped, reject, undecided. */
    private static String review(ReviewFixture fx, Journal.Listener listener) {
        ReviewSession s = new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, listener);
        String batch = s.page().batch().id();
        s.choose(batch, fx.sets.get(0).id(), fx.sets.get(0).highest().id(), "ai", null);
        s.choose(batch, fx.sets.get(1).id(), fx.sets.get(1).members().get(0).id(), null, null);
        s.choose(batch, fx.sets.get(2).id(), null, null, null);
        s.choose(batch, fx.sets.get(0).id(), fx.sets.get(0).highest().id(), "editor", EDITOR_CROP); // changed mind
        return batch;
    }

    private static ReviewSession session(ReviewFixture fx, Journal.Listener listener) {
        return new ReviewSession(fx.store, ReviewFixture.PROJECT, ReviewOrder.TIME, 100, listener);
    }

    @Test
    void aFinalizeKilledAtAnyStepAndResumedLeavesEveryFileExactlyOnceBesideItsCompanions(@TempDir Path tmp) throws Exception {
        int steps;
        try (ReviewFixture fx = ReviewFixture.create(tmp.resolve("count"), 4, 3, 2, 3).withPredictions()) {
            String batch = review(fx, op -> { });
            session(fx, op -> { }).finalizeBatch(batch);
            steps = new JournalRepository(fx.store).ops(batch).size();
        }
        assertThat(steps).as("4 folders, 1 crop + 2 companion copies, 9 image moves, 18 companion moves").isEqualTo(34);
        for (int kill = 0; kill < steps; kill++) {
            try (ReviewFixture fx = ReviewFixture.create(tmp.resolve("k" + kill), 4, 3, 2, 3).withPredictions()) {
                Map<String, String> before = ReviewFixture.tree(fx.root);
                String batch = review(fx, op -> { });
                AtomicInteger done = new AtomicInteger();
                int killAt = kill;
                ReviewSession dying = session(fx, op -> {
                    if (done.getAndIncrement() == killAt) throw new Killed();
                });
                assertThatThrownBy(() -> dying.finalizeBatch(batch)).isInstanceOf(Killed.class);
                if (kill % 7 == 3) leaveTempFileOfAnInterruptedWrite(fx, batch);

                Reviewer.FinalizeResult r = new Reviewer(fx.store).resumeFinalize(batch);

                assertThat(r.foundDone()).as("kill at " + kill).isGreaterThanOrEqualTo(1);
                assertThat(new ReviewBatchRepository(fx.store).find(batch).orElseThrow().state()).isEqualTo("finalized");
                assertThat(new JournalRepository(fx.store).ops(batch)).allMatch(o -> o.state().equals(JournalOpRow.DONE));
                assertEveryOriginalExactlyOnce(fx, before);
            }
        }
    }

    @Test
    void aFinalizeProcessKilledForRealIsResumedToTheSameEnd(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3, 2, 3).withPredictions()) {
            Map<String, String> before = ReviewFixture.tree(fx.root);
            String batch = review(fx, op -> { });
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), FinalizeChild.class.getName(), fx.home.toString(), batch)
                    .redirectErrorStream(true).start();
            int performed = 0;
            try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
                for (String line; performed < 12 && (line = out.readLine()) != null; ) {
                    if (line.startsWith("performed ")) performed++;
                }
                child.destroyForcibly();    // SIGKILL: no shutdown hooks, no cleanup
                child.waitFor();
            }
            assertThat(performed).as("the child got going before it was killed").isEqualTo(12);
            assertThat(new ReviewBatchRepository(fx.store).find(batch).orElseThrow().state()).isEqualTo("finalizing");
            assertThat(new Reviewer(fx.store).interruptedFinalize(ReviewFixture.PROJECT)).contains(batch);

            new Reviewer(fx.store).resumeFinalize(batch);

            assertEveryOriginalExactlyOnce(fx, before);
            assertThat(new JournalRepository(fx.store).ops(batch)).allMatch(o -> o.state().equals(JournalOpRow.DONE));
        }
    }

    private static void leaveTempFileOfAnInterruptedWrite(ReviewFixture fx, String batch) throws IOException {
        for (JournalOpRow op : new JournalRepository(fx.store).ops(batch)) {
            if (op.op().equals(JournalOpRow.WRITE_CROP) && op.state().equals(JournalOpRow.PLANNED)) {
                Path t = Path.of(op.target());
                if (Files.isDirectory(t.getParent())) Files.writeString(t.resolveSibling("." + t.getFileName() + ".winnow-tmp"), "half");
            }
        }
    }

    /** Every original file's bytes appear exactly once outside __cropped, where the plan says, companions beside. */
    private static void assertEveryOriginalExactlyOnce(ReviewFixture fx, Map<String, String> before) throws IOException {
        Map<String, String> after = ReviewFixture.tree(fx.root);
        Map<String, Integer> seen = new HashMap<>();
        for (var e : after.entrySet()) {
            if (e.getKey().startsWith("__cropped/") || e.getValue().equals("dir")) continue;
            seen.merge(e.getValue(), 1, Integer::sum);
        }
        for (var e : before.entrySet()) {
            if (e.getValue().equals("dir")) continue;
            assertThat(seen.get(e.getValue())).as(e.getKey() + " exactly once").isEqualTo(1);
        }
        assertThat(after.keySet()).noneMatch(k -> k.contains(".winnow-tmp"));
        Map<String, String> expectedArea = new HashMap<>();
        ImageFile cropped = fx.sets.get(0).highest();
        for (ImageFile f : fx.sets.get(0).members()) expectedArea.put(f.stem(), f == cropped ? "__crop_originals/" : "__delete_staging/");
        expectedArea.put(fx.sets.get(1).members().get(0).stem(), "__selected/");
        for (ImageFile f : fx.sets.get(1).members().subList(1, 3)) expectedArea.put(f.stem(), "__delete_staging/");
        for (ImageFile f : fx.sets.get(2).members()) expectedArea.put(f.stem(), "__delete_staging/");
        for (ImageFile f : fx.sets.get(3).members()) expectedArea.put(f.stem(), "");
        for (var e : expectedArea.entrySet()) {
            for (String ext : List.of(".png", ".yaml", ".caption")) {
                assertThat(after).as(e.getValue() + e.getKey() + ext).containsKey(e.getValue() + e.getKey() + ext);
            }
        }
        for (String ext : List.of(".png", ".yaml", ".caption")) assertThat(after).containsKey("__cropped/" + cropped.stem() + ext);
    }

    @Test
    void undoPutsTheOriginalTreeBackByteForByte(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3, 2, 3).withPredictions()) {
            Map<String, String> before = ReviewFixture.tree(fx.root);
            String batch = review(fx, op -> { });
            session(fx, op -> { }).finalizeBatch(batch);
            assertThat(ReviewFixture.tree(fx.root)).isNotEqualTo(before);

            Reviewer.UndoResult u = new Reviewer(fx.store).undo(null);

            assertThat(u.batchId()).isEqualTo(batch);
            assertThat(u.complete()).isTrue();
            assertThat(u.problems()).isEmpty();
            assertThat(ReviewFixture.tree(fx.root)).isEqualTo(before);
            assertThat(new ReviewBatchRepository(fx.store).find(batch).orElseThrow().state()).isEqualTo("undone");
            assertThat(new ReviewQueue(fx.store, 100).next(ReviewFixture.PROJECT, ReviewOrder.TIME).orElseThrow().id())
                    .as("the undone sets can be reviewed again").isNotEqualTo(batch);
        }
    }

    @Test
    void undoOfAnInterruptedFinalizeAlsoRestoresTheTreeByteForByte(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3, 2).withPredictions()) {
            Map<String, String> before = ReviewFixture.tree(fx.root);
            ReviewSession s = session(fx, op -> { });
            String batch = s.page().batch().id();
            s.choose(batch, fx.sets.get(0).id(), fx.sets.get(0).highest().id(), "ai", null);
            AtomicInteger n = new AtomicInteger();
            ReviewSession dying = session(fx, op -> {
                if (n.incrementAndGet() == 6) throw new Killed();
            });
            assertThatThrownBy(() -> dying.finalizeBatch(batch)).isInstanceOf(Killed.class);
            leaveTempFileOfAnInterruptedWrite(fx, batch);

            Reviewer.UndoResult u = new Reviewer(fx.store).undo(batch);

            assertThat(u.complete()).isTrue();
            assertThat(ReviewFixture.tree(fx.root)).isEqualTo(before);
        }
    }

    @Test
    void aNameClashIsReportedBeforeAnythingMoves(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3, 2).withPredictions()) {
            String batch = review(fx, op -> { });
            ImageFile loser = fx.sets.get(1).members().get(2);
            Path clash = Files.createDirectories(fx.root.resolve("__delete_staging")).resolve(loser.stem() + ".caption");
            Files.writeString(clash, "the user's own file");
            Map<String, String> before = ReviewFixture.tree(fx.root);

            assertThatThrownBy(() -> session(fx, op -> { }).finalizeBatch(batch))
                    .isInstanceOf(FinalizeException.class)
                    .hasMessageContaining("nothing was moved")
                    .satisfies(e -> assertThat(((FinalizeException) e).problems())
                            .containsExactly("__delete_staging/" + loser.stem() + ".caption already exists"));

            assertThat(ReviewFixture.tree(fx.root)).isEqualTo(before);
            assertThat(Files.readString(clash)).isEqualTo("the user's own file");
            assertThat(new ReviewBatchRepository(fx.store).find(batch).orElseThrow().state()).isEqualTo("open");
            assertThat(new JournalRepository(fx.store).ops(batch)).isEmpty();
            assertThat(session(fx, op -> { }).finalizeSummary(batch).clashes()).hasSize(1);
        }
    }

    @Test
    void theCroppedFileIsCutFromTheFullResolutionOriginalAndGetsCopiesOfTheCompanions(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4).withPredictions()) {
            ImageFile top = fx.sets.get(0).highest();
            BufferedImage original = ImageIO.read(fx.root.resolve(top.relPath()).toFile());
            byte[] originalBytes = Files.readAllBytes(fx.root.resolve(top.relPath()));
            byte[] yaml = Files.readAllBytes(fx.root.resolve(top.stem() + ".yaml"));
            ReviewSession s = session(fx, op -> { });
            String batch = s.page().batch().id();
            s.choose(batch, fx.sets.get(0).id(), top.id(), "editor", EDITOR_CROP);
            s.finalizeBatch(batch);

            BufferedImage cropped = ImageIO.read(fx.root.resolve("__cropped").resolve(top.name()).toFile());
            int[] px = EDITOR_CROP.toPixels(original.getWidth(), original.getHeight());
            assertThat(original.getWidth()).as("full resolution, not a thumbnail").isEqualTo(104);
            assertThat(new int[] {cropped.getWidth(), cropped.getHeight()}).containsExactly(px[2], px[3]);
            for (int y = 0; y < px[3]; y += 7) {
                for (int x = 0; x < px[2]; x += 5) {
                    assertThat(cropped.getRGB(x, y)).isEqualTo(original.getRGB(px[0] + x, px[1] + y));
                }
            }
            assertThat(Files.readAllBytes(fx.root.resolve("__crop_originals").resolve(top.name()))).isEqualTo(originalBytes);
            assertThat(Files.readAllBytes(fx.root.resolve("__cropped").resolve(top.stem() + ".yaml"))).isEqualTo(yaml);
            assertThat(Files.readAllBytes(fx.root.resolve("__crop_originals").resolve(top.stem() + ".yaml"))).isEqualTo(yaml);
        }
    }

    @Test
    void aCompanionWrittenAfterTheScanStillTravelsWithItsImage(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3).withPredictions()) {
            ImageFile chosen = fx.sets.get(0).members().get(0);
            Files.writeString(fx.root.resolve(chosen.stem() + ".txt"), "written after the scan");
            ReviewSession s = session(fx, op -> { });
            String batch = s.page().batch().id();
            s.choose(batch, fx.sets.get(0).id(), chosen.id(), null, null);
            s.finalizeBatch(batch);
            assertThat(fx.root.resolve("__selected").resolve(chosen.stem() + ".txt")).hasContent("written after the scan");
            assertThat(fx.root.resolve(chosen.stem() + ".txt")).doesNotExist();
        }
    }

    @Test
    void undoLeavesAFileThatChangedSinceFinalizeWhereItIsAndSaysSo(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 3).withPredictions()) {
            ImageFile chosen = fx.sets.get(0).members().get(0);
            ReviewSession s = session(fx, op -> { });
            String batch = s.page().batch().id();
            s.choose(batch, fx.sets.get(0).id(), chosen.id(), null, null);
            s.finalizeBatch(batch);
            Path moved = fx.root.resolve("__selected").resolve(chosen.stem() + ".yaml");
            Files.writeString(moved, "edited by the user after finalize, longer than before");

            Reviewer.UndoResult u = new Reviewer(fx.store).undo(batch);

            assertThat(u.complete()).isFalse();
            assertThat(u.problems()).singleElement().asString().contains(chosen.stem() + ".yaml").contains("changed size");
            assertThat(moved).exists();
            assertThat(fx.root.resolve(chosen.name())).as("the rest went back").exists();
            assertThat(new ReviewBatchRepository(fx.store).find(batch).orElseThrow().state()).isEqualTo("undoing");
        }
    }

    @Test
    void decisionsOfAFinalizedBatchAreNotOfferedAgainButUndecidedSetsAre(@TempDir Path tmp) throws Exception {
        try (ReviewFixture fx = ReviewFixture.create(tmp, 4, 3, 2, 3).withPredictions()) {
            String batch = review(fx, op -> { });
            session(fx, op -> { }).finalizeBatch(batch);
            List<Long> next = new ArrayList<>();
            new ReviewBatchRepository(fx.store).sets(
                    new ReviewQueue(fx.store, 100).next(ReviewFixture.PROJECT, ReviewOrder.TIME).orElseThrow().id())
                    .forEach(s -> next.add(s.setId()));
            assertThat(next).containsExactly(fx.sets.get(3).id());
        }
    }
}
