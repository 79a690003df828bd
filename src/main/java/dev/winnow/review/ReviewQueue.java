package dev.winnow.review;

import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.PredictionRow;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which sets the curator sees next, in batches of {@value #BATCH_SIZE}. Sets already in an open batch or
 * decided in a finalized one are left out, and so are sets with a member that is no longer present. Triage
 * order puts the sets the models are least sure of (low confidence, likely anomaly) first; sets without a
 * prediction count as fully uncertain, so a project with no model yet is simply reviewed in time order.
 */
final class ReviewQueue {
    static final int BATCH_SIZE = 100;

    private final SetRepository sets;
    private final PredictionRepository predictions;
    private final ReviewBatchRepository batches;
    private final int batchSize;

    ReviewQueue(Store store, int batchSize) {
        this.sets = new SetRepository(store);
        this.predictions = new PredictionRepository(store);
        this.batches = new ReviewBatchRepository(store);
        this.batchSize = batchSize;
    }

    /** The batch being reviewed, or a new one when there is none and sets are left; empty when all are done. */
    Optional<ReviewBatchRow> current(String projectId, ReviewOrder order) {
        Optional<ReviewBatchRow> active = batches.active(projectId);
        return active.isPresent() ? active : next(projectId, order);
    }

    /** Starts a new batch from the sets not reviewed yet; empty when none are left. */
    Optional<ReviewBatchRow> next(String projectId, ReviewOrder order) {
        Set<Long> taken = batches.takenSetIds(projectId);
        List<StageSet> candidates = new ArrayList<>();
        for (StageSet s : sets.list(projectId, 0)) {
            if (!taken.contains(s.id()) && s.members().stream().allMatch(ImageFile::present)) candidates.add(s);
        }
        if (candidates.isEmpty()) return Optional.empty();
        Map<Long, PredictionRow> byId = new HashMap<>();
        for (PredictionRow p : predictions.forProject(projectId)) byId.put(p.setId(), p);
        List<ReviewBatchRepository.NewSet> chosen = order(candidates, byId, order).stream().limit(batchSize)
                .map(s -> new ReviewBatchRepository.NewSet(s.id(), s.key(), s.members().stream().map(ImageFile::id).toList()))
                .toList();
        return Optional.of(batches.create(projectId, order.id(), chosen));
    }

    static List<StageSet> order(List<StageSet> sets, Map<Long, PredictionRow> predictions, ReviewOrder order) {
        Comparator<StageSet> byTime = Comparator.comparing(ReviewQueue::timeOf).thenComparing(StageSet::key);
        List<StageSet> out = new ArrayList<>(sets);
        if (order == ReviewOrder.TIME) {
            out.sort(byTime);
            return out;
        }
        // Triage: the break detector's flags first, then the least sure picks, then generation time. Each set's
        // suggestion is read once, not at every comparison.
        Map<Long, AiSuggestion> ai = new HashMap<>();
        for (StageSet s : sets) {
            PredictionRow p = predictions.get(s.id());
            if (p != null) ai.put(s.id(), AiSuggestion.of(p));
        }
        out.sort(Comparator.<StageSet, Boolean>comparing(s -> !flagged(ai.get(s.id())))
                .thenComparingDouble(s -> -doubt(ai.get(s.id()))).thenComparing(byTime));
        return out;
    }

    private static double doubt(AiSuggestion ai) {
        return ai == null ? 1.0 : ai.doubt();
    }

    private static boolean flagged(AiSuggestion ai) {
        return ai != null && ai.anomaly();
    }

    private static String timeOf(StageSet s) {
        String t = s.members().get(0).nameTime();
        return t == null ? "" : t;
    }
}
