package dev.winnow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.catalog.Stage;
import dev.winnow.common.Jackson;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.BatchSetRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ReviewBatchRepository;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewer's pace and the AI's agreement, from the real wall-clock times of the choices. A set counts once,
 * with its last choice (undone and superseded choices are left out, and so is every choice of a batch whose
 * finalize was undone). Agreement counts the curator's own choices, beside how often they kept the highest stage
 * (the baseline a model must beat); sets the auto-accept cut accepted are counted apart, with how many of them the
 * curator later changed. Pauses longer than {@value #BREAK_MINUTES} minutes between two choices are breaks and do
 * not count as reviewing time.
 */
public final class ReviewStats {
    static final int BREAK_MINUTES = 5;
    static final int MAX_OVERRIDES = 200;

    public record Report(Totals totals, AutoAccepted autoAccepted, List<SessionPace> sessions,
                         List<DayAgreement> agreementByDay, List<ProjectAgreement> byProject, List<Override> overrides) {
    }

    /** The curator's own decisions; {@code keptHighest} of those with an AI suggestion kept the highest stage. */
    public record Totals(int decisions, int withAi, int agreed, int keptHighest, Double setsPerMinute) {
    }

    /**
     * Sets the cut accepted: still standing as accepted, confirmed by the curator choosing the same, changed by the
     * curator (reverted, or another member or a rejection chosen).
     */
    public record AutoAccepted(int accepted, int standing, int confirmed, int changed) {
    }

    /** {@code setsPerMinute} is null with fewer than two choices. */
    public record SessionPace(String session, String project, String firstChoice, String lastChoice, int decisions,
                              double activeMinutes, Double setsPerMinute) {
    }

    public record DayAgreement(String day, int decisions, int withAi, int agreed, int keptHighest) {
    }

    public record ProjectAgreement(String project, int decisions, int withAi, int agreed, int keptHighest, int crops,
                                   int rejections) {
    }

    /** A set where the curator did not take the AI's pick: the set by its key, what each kept, by stage. */
    public record Override(String project, String batch, String set, String at, String aiKept, double aiConfidence,
                           String curatorKept) {
    }

    private final ReviewChoiceRepository choices;
    private final ReviewBatchRepository batches;
    private final FileRepository files;
    private final ObjectMapper json = Jackson.mapper();

    public ReviewStats(Store store) {
        this.choices = new ReviewChoiceRepository(store);
        this.batches = new ReviewBatchRepository(store);
        this.files = new FileRepository(store);
    }

    /** Stats over one project, or over all when projectId is null. */
    public Report report(String projectId) {
        List<ReviewChoiceRow> all = choices.all(projectId);
        List<ReviewChoiceRow> effective = effective(all);
        Map<String, Map<Long, BatchSetRow>> shown = new HashMap<>();
        Map<String, List<ReviewChoiceRow>> bySession = new LinkedHashMap<>();
        Map<String, int[]> byDay = new TreeMap<>();
        Map<String, int[]> byProject = new TreeMap<>();
        List<Override> overrides = new ArrayList<>();
        int decisions = 0, withAi = 0, agreed = 0, highest = 0;
        for (ReviewChoiceRow c : effective) {
            if (c.auto()) continue;
            decisions++;
            bySession.computeIfAbsent(c.sessionId(), k -> new ArrayList<>()).add(c);
            String day = Instant.parse(c.chosenAt()).atZone(ZoneId.systemDefault()).toLocalDate().toString();
            int[] d = byDay.computeIfAbsent(day, k -> new int[4]);
            int[] p = byProject.computeIfAbsent(c.projectId(), k -> new int[6]);
            d[0]++;
            p[0]++;
            if (c.crop() != null) p[4]++;
            if (c.rejectsAll()) p[5]++;
            if (c.aiAgreed() == null) continue;
            BatchSetRow set = shown.computeIfAbsent(c.batchId(), this::setsOf).get(c.setId());
            boolean top = set != null && c.fileId() != null && c.fileId().equals(set.memberIds().get(set.memberIds().size() - 1));
            withAi++;
            d[1]++;
            p[1]++;
            if (top) {
                highest++;
                d[3]++;
                p[3]++;
            }
            if (c.aiAgreed()) {
                agreed++;
                d[2]++;
                p[2]++;
            } else if (overrides.size() < MAX_OVERRIDES) {
                overrides.add(override(c, set));
            }
        }
        List<SessionPace> sessions = new ArrayList<>();
        double active = 0;
        int intervals = 0;
        for (var e : bySession.entrySet()) {
            SessionPace s = pace(e.getKey(), e.getValue());
            sessions.add(s);
            active += s.activeMinutes();
            intervals += Math.max(0, s.decisions() - 1);
        }
        List<DayAgreement> days = new ArrayList<>();
        byDay.forEach((k, v) -> days.add(new DayAgreement(k, v[0], v[1], v[2], v[3])));
        List<ProjectAgreement> projects = new ArrayList<>();
        byProject.forEach((k, v) -> projects.add(new ProjectAgreement(k, v[0], v[1], v[2], v[3], v[4], v[5])));
        return new Report(new Totals(decisions, withAi, agreed, highest, active > 0 ? intervals / active : null),
                autoAccepted(all), sessions, days, projects, overrides);
    }

    /**
     * Per (batch, set) whose last auto-accepted choice was not taken back by a changed cut: whether the curator
     * left it, confirmed it (chose the same) or changed it (reverted it, or chose something else).
     */
    static AutoAccepted autoAccepted(List<ReviewChoiceRow> all) {
        Map<String, ReviewChoiceRow> lastAuto = new LinkedHashMap<>();
        for (ReviewChoiceRow c : all) {
            if (c.auto()) lastAuto.put(key(c), c);
        }
        Map<String, ReviewChoiceRow> last = new HashMap<>();
        for (ReviewChoiceRow c : effective(all)) last.put(key(c), c);
        int accepted = 0, standing = 0, confirmed = 0, changed = 0;
        for (var e : lastAuto.entrySet()) {
            ReviewChoiceRow a = e.getValue();
            if (ReviewChoiceRepository.BY_CUT.equals(a.undoneBy())) continue;
            accepted++;
            ReviewChoiceRow now = last.get(e.getKey());
            if (now == null) changed++;
            else if (now.id() == a.id()) standing++;
            else if (now.id() < a.id()) changed++; // an earlier choice came back: the accepted one was undone
            else if (!now.rejectsAll() && now.fileId().equals(a.fileId())) confirmed++;
            else changed++;
        }
        return new AutoAccepted(accepted, standing, confirmed, changed);
    }

    private static String key(ReviewChoiceRow c) {
        return c.batchId() + "/" + c.setId();
    }

    /** The last choice of each (batch, set) that was not undone, in time order. */
    static List<ReviewChoiceRow> effective(List<ReviewChoiceRow> all) {
        Map<String, ReviewChoiceRow> last = new LinkedHashMap<>();
        for (ReviewChoiceRow c : all) {
            if (c.undoneAt() != null) continue;
            String key = key(c);
            last.remove(key);
            last.put(key, c);
        }
        List<ReviewChoiceRow> out = new ArrayList<>(last.values());
        out.sort((a, b) -> a.chosenAt().compareTo(b.chosenAt()));
        return out;
    }

    static SessionPace pace(String session, List<ReviewChoiceRow> rows) {
        double activeSeconds = 0;
        for (int i = 1; i < rows.size(); i++) {
            double gap = Duration.between(Instant.parse(rows.get(i - 1).chosenAt()), Instant.parse(rows.get(i).chosenAt())).toMillis() / 1000.0;
            if (gap <= BREAK_MINUTES * 60) activeSeconds += gap;
        }
        double minutes = activeSeconds / 60;
        Double perMinute = rows.size() < 2 || minutes <= 0 ? null : (rows.size() - 1) / minutes;
        return new SessionPace(session, rows.get(0).projectId(), rows.get(0).chosenAt(), rows.get(rows.size() - 1).chosenAt(),
                rows.size(), minutes, perMinute);
    }

    private Map<Long, BatchSetRow> setsOf(String batchId) {
        Map<Long, BatchSetRow> out = new HashMap<>();
        for (BatchSetRow s : batches.sets(batchId)) out.put(s.setId(), s);
        return out;
    }

    private Override override(ReviewChoiceRow c, BatchSetRow set) {
        double confidence = 0;
        try {
            confidence = json.readTree(c.aiJson()).path("confidence").asDouble();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // an unreadable suggestion snapshot only loses its confidence in this list
        }
        return new Override(c.projectId(), c.batchId(), set == null ? "set " + c.setId() : set.setKey(), c.chosenAt(),
                kept(c.aiPick(), "reject the set"), confidence, kept(c.fileId(), "rejected the set"));
    }

    /** "stage 2" for a kept file (with its name when the stage is unknown), or what rejecting is called. */
    private String kept(Long fileId, String none) {
        if (fileId == null) return none;
        return files.byId(fileId).map(ReviewStats::stageOf).orElse("a file no longer in the store");
    }

    private static String stageOf(ImageFile f) {
        return f.stage() > 0 ? "stage " + new Stage(f.stage(), null).shortName() : f.name();
    }
}
