package dev.winnow.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.common.Problem;
import dev.winnow.common.ProgressReporter;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.Project;
import dev.winnow.domain.ProjectId;
import dev.winnow.domain.StageSet;
import dev.winnow.store.DecodeFailureRepository;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Front door of the catalog: projects, scans and the stage sets they produce. */
public final class Catalog {

    private final ProjectRepository projects;
    private final FileRepository files;
    private final SetRepository sets;
    private final ProjectScanner scanner;
    private final DecodeFailureRepository failures;
    private final OutputGuard outputs;

    public Catalog(Store store) {
        this.projects = new ProjectRepository(store);
        this.files = new FileRepository(store);
        this.sets = new SetRepository(store);
        this.scanner = new ProjectScanner(files, sets, new ProblemRepository(store));
        this.failures = new DecodeFailureRepository(store);
        this.outputs = new OutputGuard(store);
    }

    /**
     * Refuses (an {@link IllegalArgumentException} saying why) a file a command was asked to write that would touch
     * an input, an input folder, a project folder, an image or a companion, or the store, or that cannot be written.
     * Call before anything is read or stored.
     */
    public void checkOutput(Path target, String option, Collection<Path> inputs) {
        outputs.check(target, option, inputs);
    }

    /**
     * The project's files that are catalogued but whose image did not decode when embedded, by file id, with the
     * reason: they stay members of their sets (the user sees them) and are never proposed as a pick.
     */
    public Map<Long, Problem> undecodable(String projectId) {
        return failures.forProject(projectId);
    }

    /**
     * Registers (or re-points) a project. The root is stored as given (absolute): a symbolic link stays a link, so
     * re-pointing the link re-points the project, as the user would expect of their linked drive.
     */
    public Project addProject(String id, Path root, String title) {
        ProjectId.require(id);
        Path abs = root.toAbsolutePath().normalize();
        if (!Files.isDirectory(abs)) throw new IllegalArgumentException("not a folder: " + FolderTree.describe(abs));
        Project existing = projects.find(id).orElse(null);
        Project row = existing == null
                ? new Project(id, title == null ? id : title, abs.toString(), "active", null, null, null, null, null)
                : new Project(id, title == null ? existing.title() : title, abs.toString(), existing.status(),
                existing.createdAt(), existing.startedAt(), existing.finishedAt(), existing.manifestJson(),
                existing.addedAt());
        projects.save(row);
        return projects.find(id).orElseThrow();
    }

    /**
     * Registers a project from the old tool's {@code *.project.json} manifest. {@code paths.root} is resolved
     * against the manifest's folder unless {@code rootOverride} is given. The root need not exist yet
     * (manifests often outlive their folders); scanning says so clearly.
     */
    public Project importManifest(Path manifest, Path rootOverride) throws IOException {
        JsonNode json = Jackson.mapper().readTree(manifest.toFile());
        String id = text(json, "projectId");
        if (id == null) throw new IllegalArgumentException(manifest + ": manifest has no projectId");
        ProjectId.require(id);
        String rootText = json.path("paths").path("root").asText(null);
        Path root = rootOverride != null ? rootOverride
                : rootText == null ? null : manifest.toAbsolutePath().getParent().resolve(rootText);
        if (root == null) throw new IllegalArgumentException(manifest + ": manifest has no paths.root; pass --root");
        Project row = new Project(id, text(json, "title") == null ? id : text(json, "title"),
                root.toAbsolutePath().normalize().toString(), text(json, "status"), text(json, "createdAt"),
                text(json, "startedAt"), text(json, "finishedAt"), json.toString(), null);
        projects.save(row);
        return projects.find(id).orElseThrow();
    }

    /** Where the project's root is: the path as registered and, when a link is on its way, what it resolves to. */
    public String whereIs(String projectId) {
        return FolderTree.describe(Path.of(project(projectId).root()));
    }

    /** Whether the project's folder holds any image (links followed; Winnow's own folders left out). */
    public boolean holdsImages(String projectId) {
        Path root = Path.of(project(projectId).root());
        try {
            return Files.isDirectory(root) && FolderTree.holdsImages(root, ProjectWalker::skipped);
        } catch (IOException e) {
            return false;
        }
    }

    public List<Project> projects() {
        return projects.all();
    }

    public Project project(String id) {
        return projects.find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown project '" + id + "' (see `winnow projects`; add one with `winnow project add ID DIR`)"));
    }

    public Map<String, Long> counts(String projectId) {
        return projects.counts(projectId);
    }

    public ScanReport scan(String projectId, ProgressReporter progress) {
        return scanner.scan(project(projectId), progress);
    }

    /** The project's stage sets of two or more members (its singles are sets of one: {@link #singles}). */
    public List<StageSet> sets(String projectId, int limit) {
        project(projectId);
        return sets.stageSets(projectId, limit);
    }

    public List<ImageFile> singles(String projectId, int limit) {
        project(projectId);
        return sets.singles(projectId, limit);
    }

    private static String text(JsonNode json, String field) {
        JsonNode n = json.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }
}
