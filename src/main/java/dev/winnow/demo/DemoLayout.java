package dev.winnow.demo;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Where a generation put things. {@code freshlyGenerated} is false when a complete generation for the same config
 * was found and reused.
 */
public record DemoLayout(Path root, List<ProjectPaths> projects, boolean freshlyGenerated) {

    public DemoLayout {
        projects = List.copyOf(projects);
    }

    /**
     * @param originals the user's project folder (stage files and companions)
     * @param finals the curator's finals (winners only, cropped where cropped)
     * @param finalZip the same finals as a zip, for the project that has one
     * @param truth hidden ground truth ({@link DemoTruth}); never for training
     */
    public record ProjectPaths(String id, Path originals, Path finals, Optional<Path> finalZip, Path selectCropLog,
                               Path selectionLog, Path truth, boolean fullyLogged) {
    }

    public ProjectPaths project(String id) {
        return projects.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no demo project " + id));
    }

    static DemoLayout of(Path root, DemoConfig cfg, boolean fresh) {
        List<ProjectPaths> paths = cfg.projects().stream().map(spec -> new ProjectPaths(spec.id(),
                root.resolve("projects").resolve(spec.id()), root.resolve("final").resolve(spec.id()),
                spec.finals().zipped() ? Optional.of(root.resolve("final-zip").resolve(spec.id() + ".zip")) : Optional.empty(),
                root.resolve("logs").resolve(spec.id() + "_select_crop_log.csv"),
                root.resolve("logs").resolve(spec.id() + "_selection_only_log.csv"),
                root.resolve("truth").resolve(spec.id() + ".json"), spec.fullyLogged())).toList();
        return new DemoLayout(root, paths, fresh);
    }

    /** The folders a generation owns below the root (and may therefore clear). */
    static List<String> ownedFolders() {
        return List.of("projects", "final", "final-zip", "logs", "truth");
    }
}
