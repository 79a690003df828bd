package dev.winnow.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generates the deterministic synthetic demo workload: per project the originals (stage files and companions),
 * the curator's finals (and a zip for one project), the decision logs in the user's real formats, and hidden
 * ground truth. Everything is decided from the master seed before rendering starts, and every set renders from
 * its own seed, so the output does not depend on thread scheduling.
 */
public final class DemoGenerator {
    /** Bump when the output for a given config changes, so old demo folders are regenerated. */
    public static final int GENERATOR_VERSION = 3;

    private final int threads;

    public DemoGenerator() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public DemoGenerator(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    public DemoLayout generate(Path dir, DemoConfig cfg) {
        return generate(dir, cfg, DemoProgress.NONE);
    }

    /**
     * Writes the demo under {@code dir}, or returns at once when {@code dir} already holds a complete generation of
     * the same config. An incomplete or different generation there is cleared first; a folder that is not empty and
     * not a demo is refused.
     */
    public DemoLayout generate(Path dir, DemoConfig cfg, DemoProgress progress) {
        GenerationMarker marker = new GenerationMarker(dir, cfg);
        if (marker.complete()) return DemoLayout.of(dir, cfg, false);
        marker.claim();
        DemoLayout layout = DemoLayout.of(dir, cfg, true);
        List<ProjectPlan> plans = cfg.projects().stream().map(spec -> ProjectPlanner.plan(cfg, spec)).toList();
        createFolders(layout);
        render(plans, layout, progress);
        for (ProjectPlan plan : plans) {
            DemoLayout.ProjectPaths paths = layout.project(plan.id());
            DecisionLogWriter.write(plan, paths.selectCropLog(), paths.selectionLog());
            paths.finalZip().ifPresent(zip -> FinalZipWriter.write(paths.finals(), plan.id(),
                    plan.sets().stream().map(SetPlan::finishedAt).max(Comparator.naturalOrder()).orElseThrow(), zip));
            TruthBuilder.build(plan, paths.finalZip().map(z -> dir.relativize(z).toString().replace('\\', '/')).orElse(null))
                    .write(paths.truth());
        }
        marker.markComplete();
        return layout;
    }

    private void render(List<ProjectPlan> plans, DemoLayout layout, DemoProgress progress) {
        List<Runnable> setJobs = new ArrayList<>();
        List<Runnable> strayJobs = new ArrayList<>();
        for (ProjectPlan plan : plans) {
            DemoLayout.ProjectPaths paths = layout.project(plan.id());
            SetWriter writer = new SetWriter(paths.originals(), paths.finals());
            plan.sets().forEach(set -> setJobs.add(() -> writer.write(set)));
            plan.strays().forEach(stray -> strayJobs.add(() -> writer.write(stray)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "winnow-demo");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Void>> sets = setJobs.stream().map(job -> submit(pool, job)).toList();
            List<Future<Void>> strays = strayJobs.stream().map(job -> submit(pool, job)).toList();
            for (int i = 0; i < sets.size(); i++) {
                await(sets.get(i));
                progress.setsDone(i + 1, sets.size());
            }
            strays.forEach(DemoGenerator::await);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Future<Void> submit(ExecutorService pool, Runnable job) {
        return pool.submit(() -> {
            job.run();
            return null;
        });
    }

    private static void await(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("demo generation interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException("demo generation failed", cause);
        }
    }

    private static void createFolders(DemoLayout layout) {
        try {
            for (DemoLayout.ProjectPaths p : layout.projects()) {
                Files.createDirectories(p.originals());
                Files.createDirectories(p.finals());
                Files.createDirectories(p.truth().getParent());
                Files.createDirectories(p.selectCropLog().getParent());
                if (p.finalZip().isPresent()) Files.createDirectories(p.finalZip().get().getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create demo folders under " + layout.root(), e);
        }
    }
}
