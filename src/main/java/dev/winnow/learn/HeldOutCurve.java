package dev.winnow.learn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.Jackson;
import dev.winnow.learn.eval.AutoAcceptCurve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The auto-accept curve of the latest leave-one-project-out evaluation in a Winnow home ({@code reports/eval-project-*}),
 * for the reviewer to say what its cut did on projects the models had not seen: a project's own held-out curve
 * when that project was held out, else the curve over all held-out projects.
 */
public final class HeldOutCurve {
    /** The curve's point at a cut, where it was measured ("project X held out" or "all held-out projects"), and when. */
    public record At(String scope, String evaluatedAt, AutoAcceptCurve.Point point) {
    }

    private final AutoAcceptCurve curve;
    private final String createdAt;

    private HeldOutCurve(AutoAcceptCurve curve, String createdAt) {
        this.curve = curve;
        this.createdAt = createdAt;
    }

    /** The newest held-out report with a curve; empty when there is none (or none readable). */
    public static Optional<HeldOutCurve> latest(Path home) {
        Path reports = home.resolve("reports");
        if (!Files.isDirectory(reports)) return Optional.empty();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(reports)) {
            // Folder names end in the UTC time they were made, so the name orders them.
            dirs = s.filter(d -> d.getFileName().toString().startsWith("eval-project-"))
                    .sorted(Comparator.comparing((Path d) -> d.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return Optional.empty();
        }
        for (Path d : dirs) {
            Path json = d.resolve("report.json");
            if (!Files.isRegularFile(json)) continue;
            try {
                JsonNode r = Jackson.lenient().readTree(Files.readAllBytes(json));
                if (!r.hasNonNull("autoAccept")) continue;
                return Optional.of(new HeldOutCurve(Jackson.lenient().treeToValue(r.get("autoAccept"), AutoAcceptCurve.class),
                        r.path("createdAt").asText(null)));
            } catch (IOException | IllegalArgumentException e) {
                // an unreadable report is skipped for an older one
            }
        }
        return Optional.empty();
    }

    public Optional<At> at(String projectId, double cut) {
        List<AutoAcceptCurve.Point> own = curve.byProject().get(projectId);
        if (own != null) return Optional.ofNullable(AutoAcceptCurve.at(own, cut)).map(p -> new At(projectId + " held out", createdAt, p));
        return Optional.ofNullable(AutoAcceptCurve.at(curve.overall(), cut)).map(p -> new At("all held-out projects", createdAt, p));
    }
}
