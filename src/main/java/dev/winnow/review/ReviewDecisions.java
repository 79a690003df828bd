package dev.winnow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.CropBox;
import dev.winnow.common.Jackson;
import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.BatchSetRow;
import dev.winnow.store.DecisionRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The curator's choices: recorded the moment a key is pressed (with the wall-clock time and the suggestion that
 * was on screen), undone on request, and published when the batch is finalized: one decision per set in the
 * store (source "review", the batch as its reference, the AI's suggestion in its raw JSON), where the next
 * `winnow train` finds it, and one row per set in the CSV logs under {@code <home>/logs/}. A set the auto-accept
 * cut accepted is published with source "auto" and left out of the CSV logs: it is no training label until the
 * curator confirms it. Undoing a finalized batch withdraws its decisions: the store rows go and the CSV logs,
 * which are append-only, get a reversal record per logged row.
 */
final class ReviewDecisions {
    static final String SOURCE = "review";
    static final String SOURCE_AUTO = "auto";

    private final ReviewChoiceRepository choices;
    private final DecisionRepository decisions;
    private final FileRepository files;
    private final PredictionRepository predictions;
    private final ReviewCsvLog csv;
    private final ObjectMapper json = Jackson.mapper();

    ReviewDecisions(Store store) {
        this.choices = new ReviewChoiceRepository(store);
        this.decisions = new DecisionRepository(store);
        this.files = new FileRepository(store);
        this.predictions = new PredictionRepository(store);
        this.csv = new ReviewCsvLog(store.home().resolve("logs"));
    }

    /**
     * Records a choice for a set of an open batch. {@code fileId} null means reject the whole set. With
     * cropSource "ai" the crop is the stored suggestion (the browser's copy is not trusted), with "editor" it is
     * the given box.
     */
    ReviewChoiceRow record(ReviewBatchRow batch, BatchSetRow set, String sessionId, Long fileId, String cropSource,
                           CropBox editorCrop) {
        requireOpen(batch);
        if (fileId != null && !set.memberIds().contains(fileId)) {
            throw new IllegalArgumentException("file " + fileId + " is not a member of set " + set.setId());
        }
        Optional<AiSuggestion> ai = predictions.forSet(set.setId()).map(AiSuggestion::of);
        CropBox crop = null;
        if (fileId != null && "ai".equals(cropSource)) {
            crop = ai.map(AiSuggestion::crop).orElseThrow(() -> new IllegalArgumentException(
                    "set " + set.setId() + " has no AI crop to accept"));
        } else if (fileId != null && "editor".equals(cropSource)) {
            if (editorCrop == null || !editorCrop.insideUnit(1e-6)) {
                throw new IllegalArgumentException("the crop must lie inside the image (normalized 0..1), got " + editorCrop);
            }
            crop = editorCrop.clampToUnit();
        } else if (cropSource != null) {
            throw new IllegalArgumentException("cropSource must be ai, editor or absent, got " + cropSource);
        }
        return insert(batch, set, sessionId, fileId, crop, crop == null ? null : cropSource, ai.orElse(null),
                ReviewChoiceRow.CURATOR, null);
    }

    /** Accepts the suggestion (pick and crop) for a set on the curator's behalf, because its confidence reached the cut. */
    ReviewChoiceRow recordAuto(ReviewBatchRow batch, BatchSetRow set, String sessionId, AiSuggestion ai, double cut) {
        requireOpen(batch);
        if (ai.pickFileId() == null || !set.memberIds().contains(ai.pickFileId())) {
            throw new IllegalArgumentException("set " + set.setId() + " has no suggested member to accept");
        }
        return insert(batch, set, sessionId, ai.pickFileId(), ai.crop(), ai.crop() == null ? null : "ai", ai,
                ReviewChoiceRow.AUTO, cut);
    }

    private ReviewChoiceRow insert(ReviewBatchRow batch, BatchSetRow set, String sessionId, Long fileId, CropBox crop,
                                   String cropSource, AiSuggestion ai, String origin, Double cut) {
        String action = fileId == null ? ReviewChoiceRow.REJECT : ReviewChoiceRow.CHOOSE;
        return choices.insert(new ReviewChoiceRow(0, batch.id(), sessionId, batch.projectId(), set.setId(), action,
                fileId, crop, cropSource, ai == null ? null : ai.pickFileId(), ai == null ? null : toJson(ai),
                ai == null ? null : ai.agreesWith(fileId == null, fileId), now(), null, origin, cut, null));
    }

    Optional<ReviewChoiceRow> undoLast(ReviewBatchRow batch) {
        requireOpen(batch);
        return choices.undoLast(batch.id());
    }

    /** Takes back an auto-accepted choice: the set goes back to the curator and the cut leaves it alone from now on. */
    ReviewChoiceRow revertAuto(ReviewBatchRow batch, long setId) {
        requireOpen(batch);
        ReviewChoiceRow c = choices.current(batch.id()).get(setId);
        if (c == null || !c.auto()) throw new IllegalArgumentException("set " + setId + " was not auto-accepted");
        return choices.undo(c, ReviewChoiceRepository.BY_CURATOR);
    }

    /** Takes back an auto-accepted choice because the cut moved above its confidence. */
    void dropAuto(ReviewChoiceRow c) {
        if (!c.auto()) throw new IllegalArgumentException("choice " + c.id() + " was made by the curator");
        choices.undo(c, ReviewChoiceRepository.BY_CUT);
    }

    Set<Long> revertedAutoSets(String batchId) {
        return choices.revertedAutoSets(batchId);
    }

    private static void requireOpen(ReviewBatchRow batch) {
        if (!batch.open()) {
            throw new IllegalStateException("batch " + batch.id() + " is " + batch.state() + ": it takes no more choices");
        }
    }

    Map<Long, ReviewChoiceRow> current(String batchId) {
        return choices.current(batchId);
    }

    /** Writes the batch's decisions to the store and the CSV logs; idempotent (a decision already stored is skipped). */
    int publish(ReviewBatchRow batch, List<BatchSetRow> sets) {
        Map<Long, ReviewChoiceRow> current = choices.current(batch.id());
        List<List<String>> selectionRows = new ArrayList<>();
        List<List<String>> cropRows = new ArrayList<>();
        int added = 0;
        for (BatchSetRow set : sets) {
            ReviewChoiceRow c = current.get(set.setId());
            if (c == null) continue;
            List<ImageFile> members = set.memberIds().stream().map(id -> files.byId(id).orElseThrow()).toList();
            ImageFile chosen = members.stream().filter(f -> c.fileId() != null && f.id() == c.fileId()).findFirst().orElse(null);
            if (!decisions.insert(decision(batch, set, c, members, chosen))) continue;
            added++;
            if (c.auto()) continue;
            selectionRows.add(List.of(c.sessionId(), "set_" + set.setId(),
                    chosen == null ? "" : logPath(batch, chosen), toJson(members.stream().filter(f -> f != chosen)
                            .map(f -> logPath(batch, f)).toList()), c.chosenAt()));
            if (c.crop() != null && chosen != null) {
                CropBox b = c.crop();
                cropRows.add(List.of(c.chosenAt(), batch.projectId(), chosen.name(), num(b.x1()), num(b.y1()), num(b.x2()),
                        num(b.y2()), String.valueOf(chosen.width()), String.valueOf(chosen.height()), "true"));
            }
        }
        try {
            csv.appendSelections(selectionRows);
            csv.appendCrops(cropRows);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the review logs in " + batch.projectId(), e);
        }
        return added;
    }

    private Decision decision(ReviewBatchRow batch, BatchSetRow set, ReviewChoiceRow c, List<ImageFile> members,
                                 ImageFile chosen) {
        List<String> losers = members.stream().filter(f -> f != chosen).map(ImageFile::name).toList();
        String cropState = c.rejectsAll() ? "not_recorded" : c.crop() == null ? "uncropped" : "box";
        Map<String, Object> raw = new LinkedHashMap<>();
        raw.put("session", c.sessionId());
        raw.put("batch", batch.id());
        raw.put("setId", set.setId());
        raw.put("action", c.action());
        raw.put("cropSource", c.cropSource());
        raw.put("chosenAt", c.chosenAt());
        raw.put("aiAgreed", c.aiAgreed());
        raw.put("ai", c.aiJson() == null ? null : readTree(c.aiJson()));
        raw.put("origin", c.origin());
        if (c.cut() != null) raw.put("cut", c.cut());
        String source = c.auto() ? SOURCE_AUTO : SOURCE;
        return Decision.from(batch.projectId(), source, batch.id(), source).setRef(set.setKey())
                .kept(chosen == null ? null : chosen.name(), chosen == null ? null : chosen.stage()).losers(losers)
                .crop(cropState, c.crop()).raw(toJson(raw)).loggedAt(c.chosenAt())
                .boundTo(set.setId(), chosen == null ? null : chosen.id())
                .fingerprint(source + ":" + batch.id() + ":" + set.setId()).build();
    }

    /**
     * Withdraws what {@link #publish} wrote for a batch that was undone: its decisions leave the store (so the next
     * `winnow train` does not learn them) and each logged CSV row gets a reversal record. Returns the decisions removed.
     */
    int withdraw(ReviewBatchRow batch) {
        int removed = decisions.deleteBySourceRef(SOURCE, batch.id()) + decisions.deleteBySourceRef(SOURCE_AUTO, batch.id());
        String at = now();
        List<List<String>> reversals = new ArrayList<>();
        for (ReviewChoiceRow c : choices.current(batch.id()).values()) {
            if (c.auto()) continue;
            String chosen = c.fileId() == null ? "" : files.byId(c.fileId()).map(ImageFile::name).orElse("");
            reversals.add(List.of(at, batch.id(), c.sessionId(), "set_" + c.setId(), batch.projectId(), chosen, c.chosenAt()));
        }
        try {
            csv.appendReversals(reversals);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the review undo log", e);
        }
        return removed;
    }

    /** Paths in the logs look like the old tools' ({@code mojo1/20250708_064118_stage1_generated.png}). */
    private static String logPath(ReviewBatchRow batch, ImageFile f) {
        return batch.projectId() + "/" + f.relPath();
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.6f", v);
    }

    private Object readTree(String s) {
        try {
            return json.readTree(s);
        } catch (JsonProcessingException e) {
            return s;
        }
    }

    private String toJson(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode JSON", e);
        }
    }
}
