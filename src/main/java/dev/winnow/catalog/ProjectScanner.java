package dev.winnow.catalog;

import dev.winnow.common.Problem;
import dev.winnow.common.Problems;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.RunSummary;
import dev.winnow.common.Stopwatch;
import dev.winnow.domain.FileState;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.Project;
import dev.winnow.store.CompanionRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ProblemRepository;
import dev.winnow.store.SetRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One incremental scan of a project folder: unchanged files (same size and mtime) are not read again, new
 * and changed ones get their header read, vanished ones are marked missing, companions are attached by stem,
 * and the stage sets are regrouped. The folder itself is only read.
 */
final class ProjectScanner {
    static final String PROBLEM_KIND = "scan";
    /**
     * A name without a timestamp or stage (a camera's IMG_1234.jpg): reported, so a typo in a stage name does not go
     * unnoticed, but not a failure — the image is catalogued as a single like any other.
     */
    static final String UNPARSED_NAME = "unparsed-name";
    /** Reported, but not failures: nothing is lost by them. */
    private static final Set<String> NOTICES = Set.of(UNPARSED_NAME, FolderTree.FOLDER_NAMED_AS_IMAGE);

    private final FileRepository files;
    private final SetRepository sets;
    private final ProblemRepository problemRepo;
    private final ImageHeaderReader headers = new ImageHeaderReader();
    private final StageSetGrouper grouper = new StageSetGrouper();

    ProjectScanner(FileRepository files, SetRepository sets, ProblemRepository problemRepo) {
        this.files = files;
        this.sets = sets;
        this.problemRepo = problemRepo;
    }

    ScanReport scan(Project project, ProgressReporter progress) {
        Stopwatch clock = Stopwatch.start();
        String pid = project.id();
        Path root = Path.of(project.root());
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("project " + pid + ": root folder " + FolderTree.describe(root)
                    + " does not exist or is not a folder");
        }
        Problems problems = new Problems();
        Problems walked = new Problems();
        List<ProjectWalker.Entry> entries;
        try {
            entries = new ProjectWalker().walk(root, walked);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot walk " + root, e);
        }
        problems.addAll(walked);
        Map<String, ImageFile> before = files.index(pid);
        List<ProjectWalker.Entry> images = new ArrayList<>();
        List<ProjectWalker.Entry> others = new ArrayList<>();
        for (ProjectWalker.Entry e : entries) (ImageFormats.isImageName(e.name()) ? images : others).add(e);

        List<ProjectWalker.Entry> toRead = new ArrayList<>();
        Map<String, ImageFile> current = new HashMap<>();
        for (ProjectWalker.Entry e : images) {
            ImageFile old = before.get(e.relPath());
            if (old != null && old.state() != FileState.MISSING && old.size() == e.size() && old.mtime() == e.mtime()) {
                current.put(e.relPath(), old);
            } else {
                toRead.add(e);
            }
        }
        List<ImageFile> fresh = readHeaders(pid, root, toRead, problems, progress);
        int added = 0;
        for (ProjectWalker.Entry e : toRead) if (before.get(e.relPath()) == null) added++;
        for (ImageFile r : files.upsert(fresh)) current.put(r.relPath(), r);

        List<Long> vanished = new ArrayList<>();
        for (ImageFile old : before.values()) {
            if (!current.containsKey(old.relPath()) && old.state() != FileState.MISSING) vanished.add(old.id());
        }
        files.markMissing(vanished);

        Companions companions = attachCompanions(pid, others, current);

        List<StageSetGrouper.Item> items = new ArrayList<>();
        for (ImageFile r : current.values()) {
            if (!r.present()) continue;
            ImageName n = ImageName.parse(r.name());
            n.problem().ifPresent(why -> problems.add(r.relPath(), UNPARSED_NAME, why));
            items.add(new StageSetGrouper.Item(r.id(), folderOf(r.relPath()), n.time(), n.stage(), r.name()));
        }
        StageSetGrouper.Result grouped = grouper.group(items);
        SetRepository.Changes setChanges = sets.replaceWith(pid, toGrouping(grouped, current));

        List<Problem> carried = recordProblems(pid, current, toRead, problems);
        List<Problem> all = new ArrayList<>(problems.list());
        all.addAll(carried);
        int unchanged = images.size() - toRead.size();
        long failed = all.stream().filter(p -> !NOTICES.contains(p.reason())).count();
        RunSummary summary = new RunSummary(toRead.size(), unchanged, failed, clock.seconds());
        return new ScanReport(pid, images.size(), added, toRead.size() - added, unchanged, vanished.size(),
                companions.attached(), companions.orphans(), grouped.sets().size(), grouped.singles().size(),
                setChanges.added(), setChanges.changed(), setChanges.removed(), walked.countsByReason(), all, summary);
    }

    private List<ImageFile> readHeaders(String pid, Path root, List<ProjectWalker.Entry> toRead, Problems problems,
                                      ProgressReporter progress) {
        Map<String, ImageFile> out = new ConcurrentHashMap<>();
        try (ProgressReporter.Bar bar = progress.start("scan " + pid, toRead.size())) {
            toRead.parallelStream().forEach(e -> {
                out.put(e.relPath(), readOne(pid, root, e, problems));
                bar.step();
            });
        }
        List<ImageFile> rows = new ArrayList<>(toRead.size());
        for (ProjectWalker.Entry e : toRead) rows.add(out.get(e.relPath()));
        return rows;
    }

    private ImageFile readOne(String pid, Path root, ProjectWalker.Entry e, Problems problems) {
        ImageName n = ImageName.parse(e.name());
        Integer w = null, h = null;
        String format = null;
        FileState state = FileState.PRESENT;
        try {
            ImageHeader header = headers.read(root.resolve(e.relPath()));
            w = header.width();
            h = header.height();
            format = header.format();
            String expected = n.ext().equals("jpg") ? "jpeg" : n.ext();
            if (!expected.equals(format)) {
                problems.add(e.relPath(), "extension-mismatch", "named ." + n.ext() + " but the content is " + format);
            }
        } catch (BadImageException ex) {
            state = FileState.PROBLEM;
            problems.add(e.relPath(), ex.reason(), ex.getMessage());
        }
        return ImageFile.at(pid, e.relPath()).name(e.name(), n.stem(), n.ext()).file(e.size(), e.mtime())
                .header(w, h, format).stage(n.stage().value(), n.stage().known() ? n.stage().label() : null, n.time())
                .state(state).build();
    }

    /** Companion files attached to an image, and those whose image was not found. */
    private record Companions(int attached, int orphans) {
    }

    /** Attaches every non-image file to the image in its folder whose stem is the longest prefix before a dot. */
    private Companions attachCompanions(String pid, List<ProjectWalker.Entry> others, Map<String, ImageFile> current) {
        Map<String, ImageFile> byFolderStem = new HashMap<>();
        for (ImageFile r : current.values()) byFolderStem.put(folderOf(r.relPath()) + "/" + r.stem(), r);
        Map<String, CompanionRow> before = files.companionIndex(pid);
        List<CompanionRow> upserts = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int attached = 0, orphans = 0;
        for (ProjectWalker.Entry e : others) {
            ImageFile owner = ownerOf(e, byFolderStem);
            if (owner == null) {
                orphans++;
                continue;
            }
            attached++;
            seen.add(e.relPath());
            CompanionRow row = new CompanionRow(owner.id(), e.relPath(), e.size(), e.mtime());
            if (!row.equals(before.get(e.relPath()))) upserts.add(row);
        }
        List<String> removed = new ArrayList<>();
        for (String p : before.keySet()) if (!seen.contains(p)) removed.add(p);
        files.syncCompanions(pid, upserts, removed);
        return new Companions(attached, orphans);
    }

    private static ImageFile ownerOf(ProjectWalker.Entry e, Map<String, ImageFile> byFolderStem) {
        String name = e.name();
        for (int dot = name.lastIndexOf('.'); dot > 0; dot = name.lastIndexOf('.', dot - 1)) {
            ImageFile r = byFolderStem.get(e.folder() + "/" + name.substring(0, dot));
            if (r != null) return r;
        }
        return null;
    }

    private static SetRepository.Grouping toGrouping(StageSetGrouper.Result grouped, Map<String, ImageFile> current) {
        Map<Long, Double> stageOf = new HashMap<>();
        for (ImageFile r : current.values()) stageOf.put(r.id(), r.stage());
        Map<Long, String> pathOf = new HashMap<>();
        for (ImageFile r : current.values()) pathOf.put(r.id(), r.relPath());
        Map<String, List<Long>> sets = new LinkedHashMap<>();
        for (List<StageSetGrouper.Item> s : grouped.sets()) {
            sets.put(pathOf.get(s.get(0).id()), s.stream().map(StageSetGrouper.Item::id).toList());
        }
        // A single (a camera's IMG_1234.jpg, a stray stage) is a set of one: decided, cropped, reviewed and
        // finalized like any set; only the ranker and the anomaly detector have nothing to compare in it.
        for (StageSetGrouper.Item single : grouped.singles()) sets.put(pathOf.get(single.id()), List.of(single.id()));
        return new SetRepository.Grouping(sets, stageOf);
    }

    /**
     * Replaces this project's scan problems with the ones found now, keeping those of unchanged problem files
     * (they were not read again, so their problem still stands); returns the kept ones.
     */
    private List<Problem> recordProblems(String pid, Map<String, ImageFile> current, List<ProjectWalker.Entry> reread,
                                         Problems found) {
        Set<String> rereadPaths = new HashSet<>();
        for (ProjectWalker.Entry e : reread) rereadPaths.add(e.relPath());
        Set<String> carriedPaths = new HashSet<>();
        for (ImageFile r : current.values()) {
            if (r.state() == FileState.PROBLEM && !rereadPaths.contains(r.relPath())) carriedPaths.add(r.relPath());
        }
        List<Problem> carried = new ArrayList<>();
        Set<String> stale = new HashSet<>();
        for (Problem p : problemRepo.list(pid, PROBLEM_KIND)) {
            if (carriedPaths.contains(p.path())) carried.add(p);
            else stale.add(p.path());
        }
        problemRepo.replace(pid, PROBLEM_KIND, stale, found.list());
        return carried;
    }

    static String folderOf(String relPath) {
        int slash = relPath.lastIndexOf('/');
        return slash < 0 ? "" : relPath.substring(0, slash);
    }
}
