package dev.winnow.history;

import dev.winnow.catalog.FolderTree;
import dev.winnow.common.CropBox;
import dev.winnow.common.Problems;
import dev.winnow.common.ProgressReporter;
import dev.winnow.imaging.DecodeException;
import dev.winnow.imaging.GrayImage;
import dev.winnow.imaging.ImageDecoder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Recovers decisions from an original source (every stage of every generation) and a final source (what the user
 * delivered): pairs finals with sets by name (splitting a group that two finals show was two kept generations),
 * then by content; finds the winner by pixels and the crop rectangle by template matching; sets without a final
 * were rejected as a whole. Problems are collected and the run carries on. Each set is decoded once and dropped
 * before the next.
 */
final class HistoryRecovery {
    /** Below this NCC the final does not look like the winner's region: the crop needs a human. */
    static final double POOR_SCORE = 0.85;
    /** A different place scoring within this of the best makes the crop ambiguous. */
    static final double AMBIGUOUS_PLACE = 0.02;
    /**
     * A rejected member whose pixel error is this many times the closest rejected member's shows another picture:
     * stages of one generation differ from each other far less than two generations do.
     */
    static final double FOREIGN_RATIO = 10;
    /** Recovered boxes this close to every edge are "kept uncropped" (sub-pixel noise of the fit). */
    static final double UNCROPPED_EPS = 0.004;

    /** Memory one worker may need for one set (a few full-size luma tables at up to 3072 px); caps the workers. */
    static final long BYTES_PER_WORKER = 512L << 20;

    private final ImageDecoder decoder = new ImageDecoder();
    private final int workers;

    /** Recovers sets on every core, as many as memory allows. */
    HistoryRecovery() {
        this(Math.max(1, (int) Math.min(Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / BYTES_PER_WORKER)));
    }

    /** @param workers sets recovered at once; 1 runs everything on the calling thread (what the bench measures) */
    HistoryRecovery(int workers) {
        if (workers < 1) throw new IllegalArgumentException("workers must be >= 1, got " + workers);
        this.workers = workers;
    }
    private final CropLocator locator = new CropLocator();
    private final WinnerPicker picker = new WinnerPicker();
    private final ContentMatcher content = new ContentMatcher();

    /** Everything a run found. */
    record Result(String original, String fin, int originalImages, int finals, int sets, int singles,
                  List<SetOutcome> outcomes, Problems problems) {
    }

    /**
     * Recovers every set. Refuses, before anything is matched (an {@link IllegalArgumentException} naming the path it
     * resolved), a final that is the original itself (every original would look kept) and a source with no image: an
     * empty final would make every set look rejected as a whole, an empty original every final look orphaned (a
     * linked original folder that was not followed did exactly that).
     */
    Result run(Path originalPath, Path finalPath, ProgressReporter progress) throws IOException {
        Problems problems = new Problems();
        if (Files.exists(originalPath) && Files.exists(finalPath) && Files.isSameFile(originalPath, finalPath)) {
            throw new IllegalArgumentException("the final is the original itself (" + finalPath.toRealPath()
                    + "): give the folder or zip of what you delivered");
        }
        try (ImageSource src = ImageSource.open(originalPath); ImageSource fin = ImageSource.open(finalPath)) {
            List<SourceEntry> originals = src.images(problems);
            List<SourceEntry> finals = fin.images(problems);
            requireImages("original", originalPath, src, originals);
            requireImages("final", finalPath, fin, finals);
            List<OriginalSet> groups = OriginalGroups.group(originals);
            NameMatcher.Result named = NameMatcher.match(groups, finals, problems);
            FinalClaims.Pairing paired = new FinalClaims(new GenerationBoundary(e -> load(src, e, "unreadable-original", problems)))
                    .resolve(groups, named.claims(), problems);
            List<OriginalSet> sets = paired.sets();
            // Synchronized maps, not concurrent ones: a set whose top member cannot be read has a null thumb.
            Map<Integer, ContentMatcher.Thumb> thumbs = Collections.synchronizedMap(new HashMap<>());
            Map<Integer, SetOutcome> outcomes = Collections.synchronizedMap(new HashMap<>());
            try (ProgressReporter.Bar bar = progress.start("history", paired.finals().size())) {
                // Sets are independent: recover them on every core (each worker holds one set's images at a time).
                inParallel(IntStream.range(0, sets.size()).filter(s -> paired.finals().get(s) != null), s -> {
                    FinalClaims.Paired p = paired.finals().get(s);
                    AreaSampler fs = load(fin, p.fin(), "unreadable-final", problems);
                    outcomes.put(s, fs == null
                            ? unreadableFinal(sets.get(s), p)
                            : recoverSet(src, sets.get(s), p.fin(), p.how(), p.member(), fs, s, thumbs, problems));
                    bar.step();
                });
            }
            pairRenamed(src, fin, sets, named.unmatched(), thumbs, outcomes, problems, progress);
            List<SetOutcome> ordered = new ArrayList<>();
            int singles = 0;
            for (int s = 0; s < sets.size(); s++) {
                if (sets.get(s).single()) singles++;
                SetOutcome o = outcomes.get(s);
                if (o != null) ordered.add(o);
                // A set without a final was not kept, a single (a camera's photo) as much as a stage set.
                else ordered.add(SetOutcome.allRejected(sets.get(s)));
            }
            return new Result(src.describe(), fin.describe(), originals.size(), finals.size(), sets.size() - singles,
                    singles, ordered, problems);
        }
    }

    private static void requireImages(String role, Path given, ImageSource source, List<SourceEntry> images) throws IOException {
        if (!images.isEmpty()) return;
        String holds = source.otherFiles();
        throw new IllegalArgumentException("the " + role + (Files.isDirectory(given) ? " folder" : " archive")
                + " holds no images: " + FolderTree.describe(given) + (holds.isEmpty() ? "" : " (it holds " + holds + ")"));
    }

    /** Finals no name explains: paired by content with any set, or reported (no original, ambiguous, duplicate). */
    private void pairRenamed(ImageSource src, ImageSource fin, List<OriginalSet> sets, List<SourceEntry> unmatched,
                             Map<Integer, ContentMatcher.Thumb> thumbs, Map<Integer, SetOutcome> outcomes,
                             Problems problems, ProgressReporter progress) {
        if (!unmatched.isEmpty()) {
            // Renamed finals can belong to any set: every set's top member is needed small, once.
            try (ProgressReporter.Bar bar = progress.start("thumbnails", sets.size())) {
                for (int s = 0; s < sets.size(); s++) {
                    thumb(src, sets.get(s), s, thumbs, problems);
                    bar.step();
                }
            }
        }
        try (ProgressReporter.Bar bar = progress.start("renamed finals", unmatched.size())) {
            for (SourceEntry f : unmatched) {
                AreaSampler fs = load(fin, f, "unreadable-final", problems);
                bar.step();
                if (fs == null) continue;
                ContentMatcher.Match m = content.match(fs, sets.size(), s -> thumb(src, sets.get(s), s, thumbs, problems),
                        s -> topMember(src, sets.get(s), problems));
                if (m.set() < 0) {
                    problems.add(f.path(), m.score() >= ContentMatcher.MIN_SCORE ? "ambiguous-final" : "final-without-original",
                            String.format("best original match %.3f, next %.3f", m.score(), m.runnerUp()));
                } else if (outcomes.containsKey(m.set())) {
                    problems.add(f.path(), "duplicate-final", "shows the same picture as set " + sets.get(m.set()).key()
                            + ", which already has final " + outcomes.get(m.set()).finalEntry().path());
                } else {
                    outcomes.put(m.set(), recoverSet(src, sets.get(m.set()), f, m.method(), null, fs, m.set(), thumbs, problems));
                }
            }
        }
    }

    private SetOutcome recoverSet(ImageSource src, OriginalSet set, SourceEntry f, String how, Integer namedMember,
                                  AreaSampler fs, int index, Map<Integer, ContentMatcher.Thumb> thumbs, Problems problems) {
        List<AreaSampler> members = new ArrayList<>();
        List<String> unreadable = new ArrayList<>();
        for (SourceEntry m : set.members()) {
            AreaSampler a = load(src, m, "unreadable-original", problems);
            members.add(a);
            if (a == null) unreadable.add(m.name());
        }
        int ref = namedMember != null && members.get(namedMember) != null ? namedMember : topReadable(members);
        if (ref < 0) {
            return new SetOutcome(set, f, how, namedMember == null ? -1 : namedMember, new double[0], true, 0,
                    "needs_review", null, 0, 0, unreadable, "no member of the set could be read");
        }
        thumbs.computeIfAbsent(index, k -> ContentMatcher.Thumb.of(members.get(topReadable(members))));
        CropFit fit = locator.locate(members.get(ref), fs);
        if (fit == null) {
            return new SetOutcome(set, f, how, ref, new double[0], true, 0, "needs_review", null, 0, 0, unreadable,
                    "the final is flat: nothing to match");
        }
        WinnerPicker.Choice choice = picker.pick(members, ref, fit, fs);
        int win = choice.winner();
        CropFit wf = choice.fits()[win];
        if (win != ref) {
            CropFit polished = locator.refine(members.get(win), fs, wf, CropLocator.FINE_GRID, 1.0);
            wf = new CropFit(polished.x(), polished.y(), polished.w(), polished.h(), polished.score(), fit.runnerUp());
        } else {
            wf = fit;
        }
        boolean ambiguous = choice.ambiguous();
        String note = null;
        reportForeignMembers(set, f, win, choice.residuals(), problems);
        if (namedMember != null && namedMember != win) {
            ambiguous = true;
            note = "the final is named after " + set.members().get(namedMember).name() + " but its pixels match "
                    + set.members().get(win).name() + " best";
            problems.add(f.path(), "name-disagrees-with-pixels", note);
        }
        if (ambiguous && note == null) {
            problems.add(f.path(), "ambiguous-winner", "pixel errors " + describe(set, choice.residuals()));
        }
        AreaSampler w = members.get(win);
        CropBox box = wf.box(w.width(), w.height());
        String state = cropState(wf, box, f, problems);
        CropBox stored = switch (state) {
            case LoggedBox.UNCROPPED -> CropBox.FULL;
            case LoggedBox.BOX -> box;
            default -> null;
        };
        return new SetOutcome(set, f, how, win, choice.residuals(), ambiguous, choice.margin(), state, stored,
                wf.score(), wf.runnerUp(), unreadable, note != null ? note : "needs_review".equals(state) ? "candidate box " + box : null);
    }

    /** Box, uncropped, or needs_review when the match is poor or two places match about as well. */
    private static String cropState(CropFit wf, CropBox box, SourceEntry f, Problems problems) {
        if (wf.score() < POOR_SCORE) {
            problems.add(f.path(), "poor-match", String.format("best crop match %.3f < %.2f", wf.score(), POOR_SCORE));
            return "needs_review";
        }
        if (wf.runnerUp() > wf.score() - AMBIGUOUS_PLACE) {
            problems.add(f.path(), "ambiguous-crop", String.format("two places match: %.3f and %.3f", wf.score(), wf.runnerUp()));
            return "needs_review";
        }
        return box.isNearFull(UNCROPPED_EPS) ? LoggedBox.UNCROPPED : LoggedBox.BOX;
    }

    /**
     * Reports members far from the final compared with their set-mates: another generation the grouping joined in,
     * or a stage that changed the picture a lot (a broken top stage looks the same by this measure, so the decision
     * keeps them as losers).
     */
    private static void reportForeignMembers(OriginalSet set, SourceEntry f, int win, double[] residuals, Problems problems) {
        double closest = Double.MAX_VALUE;
        for (int i = 0; i < residuals.length; i++) if (i != win && !Double.isNaN(residuals[i])) closest = Math.min(closest, residuals[i]);
        for (int i = 0; i < residuals.length; i++) {
            if (i == win || Double.isNaN(residuals[i]) || residuals[i] <= FOREIGN_RATIO * closest) continue;
            problems.add(set.members().get(i).path(), "set-mixes-generations", String.format(
                    "pixel error %.2e vs %.2e for the closest other member of the set of final %s: another generation "
                            + "grouped in, or a stage that changed the picture a lot (a broken one?)",
                    residuals[i], closest, f.path()));
        }
    }

    private static SetOutcome unreadableFinal(OriginalSet set, FinalClaims.Paired p) {
        return new SetOutcome(set, p.fin(), p.how(), p.member(), new double[0], false, 1.0, "needs_review", null, 0, 0,
                List.of(), "the final could not be decoded; the winner is known by name only");
    }

    private ContentMatcher.Thumb thumb(ImageSource src, OriginalSet set, int index, Map<Integer, ContentMatcher.Thumb> thumbs,
                                       Problems problems) {
        if (!thumbs.containsKey(index)) {
            AreaSampler top = topMember(src, set, problems);
            thumbs.put(index, top == null ? null : ContentMatcher.Thumb.of(top));
        }
        return thumbs.get(index);
    }

    /** The highest stage of the set that decodes, or null. */
    private AreaSampler topMember(ImageSource src, OriginalSet set, Problems problems) {
        for (int m = set.top(); m >= 0; m--) {
            AreaSampler a = load(src, set.members().get(m), "unreadable-original", problems);
            if (a != null) return a;
        }
        return null;
    }

    /** Decodes an entry to luma; on failure records the problem once (by path and reason) and returns null. */
    private AreaSampler load(ImageSource source, SourceEntry e, String reason, Problems problems) {
        try (InputStream in = source.open(e)) {
            return new AreaSampler(GrayImage.of(decoder.decode(in, e.path())));
        } catch (DecodeException ex) {
            addOnce(problems, e.path(), reason, ex.reason() + ": " + ex.getMessage());
        } catch (IOException ex) {
            addOnce(problems, e.path(), reason, ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
        return null;
    }

    private static void addOnce(Problems problems, String path, String reason, String detail) {
        synchronized (problems) {
            for (var p : problems.list()) if (p.path().equals(path) && p.reason().equals(reason)) return;
            problems.add(path, reason, detail);
        }
    }

    private void inParallel(IntStream indices, IntConsumer work) {
        if (workers == 1) {
            indices.forEach(work);
            return;
        }
        ForkJoinPool pool = new ForkJoinPool(workers);
        try {
            pool.submit(() -> indices.parallel().forEach(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("history recovery interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static int topReadable(List<AreaSampler> members) {
        for (int i = members.size() - 1; i >= 0; i--) if (members.get(i) != null) return i;
        return -1;
    }

    private static String describe(OriginalSet set, double[] residuals) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < residuals.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(set.members().get(i).name()).append(String.format(" %.2e", residuals[i]));
        }
        return sb.toString();
    }
}
