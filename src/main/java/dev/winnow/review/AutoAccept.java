package dev.winnow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.store.BatchSetRow;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The opt-in auto-accept cut: sets of an open batch whose suggestion is at least as sure as the cut are accepted
 * for the curator (pick and crop, origin "auto"); when the cut rises, accepted sets below it go back to the queue;
 * a set the curator reverted is never accepted again in that batch. Also says how the cut fared on this project's
 * own reviewed sets, once there are {@value #MIN_OWN} of them at the cut.
 */
final class AutoAccept {
    static final int MIN_OWN = 20;
    static final String OWN = "this project's reviewed sets";

    private final PredictionRepository predictions;
    private final ReviewChoiceRepository choices;
    private final ReviewBatchRepository batches;
    private final ReviewDecisions decisions;
    private final ObjectMapper json = Jackson.mapper();

    AutoAccept(Store store, ReviewDecisions decisions) {
        this.predictions = new PredictionRepository(store);
        this.choices = new ReviewChoiceRepository(store);
        this.batches = new ReviewBatchRepository(store);
        this.decisions = decisions;
    }

    /** Brings the batch's auto-accepted sets in line with the cut (null: none); returns how many changed. */
    int apply(ReviewBatchRow batch, List<BatchSetRow> sets, String sessionId, Double cut) {
        if (!batch.open()) return 0;
        Map<Long, ReviewChoiceRow> current = decisions.current(batch.id());
        Set<Long> reverted = cut == null ? Set.of() : decisions.revertedAutoSets(batch.id());
        int changed = 0;
        for (BatchSetRow set : sets) {
            ReviewChoiceRow c = current.get(set.setId());
            if (c != null && !c.auto()) continue;
            if (c == null && (cut == null || reverted.contains(set.setId()))) continue;
            Optional<AiSuggestion> ai = predictions.forSet(set.setId()).map(AiSuggestion::of);
            boolean takes = cut != null && ai.isPresent() && ai.get().acceptedAt(cut)
                    && set.memberIds().contains(ai.get().pickFileId());
            if (c != null && !takes) {
                decisions.dropAuto(c);
                changed++;
            } else if (c == null && takes) {
                decisions.recordAuto(batch, set, sessionId, ai.get(), cut);
                changed++;
            }
        }
        return changed;
    }

    /**
     * The cut on the project's own reviewed sets: the curator's last choice per set (auto-accepted ones left out,
     * they agree by construction) whose suggestion was at least as sure as the cut, beside how often the curator
     * kept the highest stage on the same sets; empty below {@value #MIN_OWN}.
     */
    Optional<CutAgreement> own(String projectId, double cut) {
        int judged = 0, accepted = 0, agreed = 0, highest = 0;
        Map<String, Map<Long, Long>> highestByBatch = new HashMap<>();
        for (ReviewChoiceRow c : ReviewStats.effective(choices.all(projectId))) {
            if (c.auto() || c.aiJson() == null || c.aiAgreed() == null) continue;
            judged++;
            double confidence = confidenceOf(c);
            if (Double.isNaN(confidence) || confidence < cut) continue;
            accepted++;
            if (c.aiAgreed()) agreed++;
            Long top = highestByBatch.computeIfAbsent(c.batchId(), this::highestMembers).get(c.setId());
            if (top != null && top.equals(c.fileId())) highest++;
        }
        if (accepted < MIN_OWN) return Optional.empty();
        return Optional.of(new CutAgreement(OWN, cut, judged, accepted, (double) accepted / judged,
                (double) agreed / accepted, (double) highest / accepted));
    }

    /** Set id to its highest stage's file id, as the batch showed the set. */
    private Map<Long, Long> highestMembers(String batchId) {
        Map<Long, Long> out = new HashMap<>();
        for (BatchSetRow s : batches.sets(batchId)) out.put(s.setId(), s.memberIds().get(s.memberIds().size() - 1));
        return out;
    }

    private double confidenceOf(ReviewChoiceRow c) {
        try {
            JsonNode n = json.readTree(c.aiJson()).path("confidence");
            return n.isNumber() ? n.asDouble() : Double.NaN;
        } catch (IOException e) {
            return Double.NaN;
        }
    }
}
