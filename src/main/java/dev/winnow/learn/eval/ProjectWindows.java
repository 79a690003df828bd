package dev.winnow.learn.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.Jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which project a logged decision belongs to, by its date and the project manifests' start and finish dates
 * (both days inclusive). The old select_crop_log has no project column; its rows fall into one project's window.
 */
final class ProjectWindows {
    private record Window(String projectId, LocalDate from, LocalDate to) {
    }

    private final List<Window> windows;

    private ProjectWindows(List<Window> windows) {
        this.windows = windows;
    }

    /** Reads every *.project.json in the folder; manifests without dates are skipped. */
    static ProjectWindows read(Path dir) {
        List<Window> out = new ArrayList<>();
        if (!Files.isDirectory(dir)) return new ProjectWindows(out);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".project.json")).sorted().toList()) {
                JsonNode m = Jackson.lenient().readTree(Files.readAllBytes(p));
                String id = m.path("projectId").asText(null);
                String start = m.path("startedAt").asText(m.path("createdAt").asText(null));
                String end = m.path("finishedAt").isNull() ? null : m.path("finishedAt").asText(null);
                if (id == null || start == null) continue;
                out.add(new Window(id, LocalDate.parse(start.substring(0, 10)),
                        end == null ? LocalDate.MAX : LocalDate.parse(end.substring(0, 10))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read project manifests in " + dir, e);
        }
        return new ProjectWindows(out);
    }

    /** The project whose window holds the date of an ISO timestamp ("2025-10-08T18:47:32Z"). */
    Optional<String> projectAt(String timestamp) {
        if (timestamp == null || timestamp.length() < 10) return Optional.empty();
        LocalDate d;
        try {
            d = LocalDate.parse(timestamp.substring(0, 10));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return windows.stream().filter(w -> !d.isBefore(w.from()) && !d.isAfter(w.to())).map(Window::projectId).findFirst();
    }
}
