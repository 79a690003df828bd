package dev.winnow.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.domain.ImageFile;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ReviewChoiceRepository;
import dev.winnow.store.ReviewChoiceRow;
import dev.winnow.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The reviewer's pace and the AI's agreement, from the real wall-clock times of the choices. A set counts once,
 * with its last choice (undone and superseded choices are left out). Pauses longer than
 * {@value #BREAK_MINUTES} minutes between two choices are breaks and do not count as reviewing time.
 */
public final class ReviewStats {
    static final int BREAK_MINUTES = 5;
    static final int MAX_OVERRIDES = 200;

    public record Report(Totals totals, List<SessionPace> sessions, List<DayAgreement> agreementByDay,
                         List<ProjectAgreement> byProject, List<Override> overrides) {
    }

    public record Totals(int decisions, int withAi, int agreed, Double setsPerMinute) {
    }

    /** {@code setsPerMinute} is null with fewer than two choices. */
    public record SessionPace(String session, String project, String firstChoice, String lastChoice, int decisions,
                              double activeMinutes, Double setsPerMinute) {
    }

    public record DayAgreement(String day, int decisions, int withAi, int agreed) {
    }

    public record ProjectAgreement(String project, int decisions, int withAi, int agreed, int crops, int rejections) {
    }

    /** A set where the curator did not take the AI's pick. */
    public record Override(String project, String batch, long setId, String at, String aiPick, double aiConfidence,
                           String chosen) {
    }

    private final ReviewChoiceRepository choices;
    private final FileRepository files;
    private final ObjectMapper json = new ObjectMapper();

    public ReviewStats(Store store) {
        this.choices = new ReviewChoiceRepository(store);
        this.files = new FileRepository(store);
    }

    /** Stats over one project, or over all when projectId is null. */
    public Report report(String projectId) {
        List<ReviewChoiceRow> effective = effective(choices.all(projectId));
        Map<String, List<ReviewChoiceRow>> bySession = new LinkedHashMap<>();
        Map<String, int[]> byDay = new TreeMap<>();
        Map<String, int[]> byProject = new TreeMap<>();
        List<Override> overrides = new ArrayList<>();
        int withAi = 0, agreed = 0;
        for (ReviewChoiceRow c : effective) {
            bySession.computeIfAbsent(c.sessionId(), k -> new ArrayList<>()).add(c);
            String day = Instant.parse(c.chosenAt()).atZone(ZoneId.systemDefault()).toLocalDate().toString();
            int[] d = byDay.computeIfAbsent(day, k -> new int[3]);
            int[] p = byProject.computeIfAbsent(c.projectId(), k -> new int[5]);
            d[0]++;
            p[0]++;
            if (c.crop() != null) p[3]++;
            if (c.rejectsAll()) p[4]++;
            if (c.aiAgreed() == null) continue;
            withAi++;
            d[1]++;
            p[1]++;
            if (c.aiAgreed()) {
                agreed++;
                d[2]++;
                p[2]++;
            } else if (overrides.size() < MAX_OVERRIDES) {
                overrides.add(override(c));
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
        byDay.forEach((k, v) -> days.add(new DayAgreement(k, v[0], v[1], v[2])));
        List<ProjectAgreement> projects = new ArrayList<>();
        byProject.forEach((k, v) -> projects.add(new ProjectAgreement(k, v[0], v[1], v[2], v[3], v[4])));
        return new Report(new Totals(effective.size(), withAi, agreed, active > 0 ? intervals / active : null),
                sessions, days, projects, overrides);
    }

    /** The last choice of each (batch, set) that was not undone, in time order. */
    static List<ReviewChoiceRow> effective(List<ReviewChoiceRow> all) {
        Map<String, ReviewChoiceRow> last = new LinkedHashMap<>();
        for (ReviewChoiceRow c : all) {
            if (c.undoneAt() != null) continue;
            String key = c.batchId() + "/" + c.setId();
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

    private Override override(ReviewChoiceRow c) {
        String ai = c.aiPick() == null ? "(reject the set)" : files.byId(c.aiPick()).map(ImageFile::name).orElse("#" + c.aiPick());
        String chosen = c.fileId() == null ? "(rejected the set)" : files.byId(c.fileId()).map(ImageFile::name).orElse("#" + c.fileId());
        double confidence = 0;
        try {
            confidence = json.readTree(c.aiJson()).path("confidence").asDouble();
        } catch (JsonProcessingException | IllegalArgumentException e) {
            // an unreadable suggestion snapshot only loses its confidence in this list
        }
        return new Override(c.projectId(), c.batchId(), c.setId(), c.chosenAt(), ai, confidence, chosen);
    }
}
