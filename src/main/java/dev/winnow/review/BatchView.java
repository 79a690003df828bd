package dev.winnow.review;

import dev.winnow.common.Problem;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.BatchSetRow;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewBatchRow;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Builds the page data of a batch from the store: members, suggestions, heatmaps and current choices. */
final class BatchView {
    private final ReviewBatchRepository batches;
    private final PredictionRepository predictions;
    private final HeatmapSource heatmaps;
    private final PastSetsView past;
    private final ReviewDecisions decisions;
    private final DecodeFailureRepository failures;

    BatchView(Store store, ReviewDecisions decisions, HeatmapSource heatmaps, PastSetsView past) {
        this.batches = new ReviewBatchRepository(store);
        this.predictions = new PredictionRepository(store);
        this.heatmaps = heatmaps;
        this.past = past;
        this.decisions = decisions;
        this.failures = new DecodeFailureRepository(store);
    }

    BatchPage page(String projectId, String sessionId, ReviewBatchRow batch, BatchPage.Triage triage) {
        if (batch == null) {
            return new BatchPage(projectId, sessionId, null, List.of(), new BatchPage.Progress(0, 0, 0, 0, 0), triage);
        }
        Map<Long, ReviewChoiceRow> current = decisions.current(batch.id());
        List<BatchPage.SetCard> cards = new ArrayList<>();
        Map<Long, ImageFile> files = batches.memberFiles(batch.id());
        Map<Long, Problem> undecodable = failures.forProject(projectId);
        for (BatchSetRow s : batches.sets(batch.id())) {
            List<BatchPage.Member> members = new ArrayList<>();
            for (long id : s.memberIds()) {
                ImageFile f = files.get(id);
                Problem bad = undecodable.get(f.id());
                members.add(new BatchPage.Member(f.id(), f.name(), f.stage(), f.stageLabel(), f.width(), f.height(),
                        bad == null ? null : bad.reason() + ": " + bad.detail()));
            }
            AiSuggestion ai = predictions.forSet(s.setId()).map(AiSuggestion::of).orElse(null);
            cards.add(new BatchPage.SetCard(s.setId(), s.position(), s.setKey(), members, ai, heatmaps.has(s.setId()),
                    choice(current.get(s.setId())), past.of(s.setId())));
        }
        return new BatchPage(projectId, sessionId,
                new BatchPage.Batch(batch.id(), batch.seq(), batch.ordering(), batch.state()), cards,
                progress(cards.size(), current.values()), triage);
    }

    static BatchPage.Choice choice(ReviewChoiceRow c) {
        return c == null ? null : new BatchPage.Choice(c.action(), c.fileId(), c.crop(), c.cropSource(), c.chosenAt(),
                c.origin(), c.cut());
    }

    /** The header's agreement counts the curator's own choices only: an auto-accepted set agrees by construction. */
    static BatchPage.Progress progress(int total, Collection<ReviewChoiceRow> current) {
        int agreed = 0, withAi = 0, auto = 0;
        for (ReviewChoiceRow c : current) {
            if (c.auto()) {
                auto++;
                continue;
            }
            if (c.aiAgreed() == null) continue;
            withAi++;
            if (c.aiAgreed()) agreed++;
        }
        return new BatchPage.Progress(current.size(), total, agreed, withAi, auto);
    }
}
