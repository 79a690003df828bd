package dev.winnow.embed;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.Problem;
import dev.winnow.common.ProgressReporter;
import dev.winnow.common.RunSummary;
import dev.winnow.common.Stopwatch;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.Project;
import dev.winnow.domain.StageSet;
import dev.winnow.store.SetChangeRepository;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Front door of `winnow embed`: decodes each image of a project once and stores everything derived from it,
 * unit by unit (a stage set, or a single image), in parallel, down to one task per image decode. At most twice
 * as many units as threads are in flight, so memory stays flat whatever the image size. Units that the cache already covers are not read at
 * all; each finished unit is committed on its own, so a stopped run resumes where it left off.
 */
public final class EmbedPipeline {
    private final Store store;
    private final Path home;

    public EmbedPipeline(Store store, Path home) {
        this.store = store;
        this.home = home;
    }

    public EmbedReport run(String projectId, Embedder embedder, int threads, ProgressReporter progress, StopSignal stop)
            throws InterruptedException {
        Stopwatch clock = Stopwatch.start();
        Catalog catalog = new Catalog(store);
        Project project = catalog.project(projectId);
        List<WorkUnit> units = new ArrayList<>();
        List<StageSet> sets = catalog.sets(projectId, 0);
        for (StageSet s : sets) units.add(new WorkUnit(s.id(), s.members()));
        List<ImageFile> singles = catalog.singles(projectId, 0);
        for (ImageFile f : singles) units.add(new WorkUnit(null, List.of(f)));
        int images = units.stream().mapToInt(u -> u.members().size()).sum();

        CacheState cache = CacheState.load(store, projectId, embedder.id());
        List<WorkUnit> todo = new ArrayList<>();
        List<Problem> knownFailures = new ArrayList<>();
        for (WorkUnit u : units) {
            if (!cache.complete(u, embedder)) {
                todo.add(u);
                continue;
            }
            for (ImageFile f : u.members()) {
                Problem p = cache.failure(f.contentHash());
                if (p != null) knownFailures.add(new Problem(f.relPath(), p.reason(), p.detail() + " (known from an earlier run)"));
            }
        }
        int todoImages = todo.stream().mapToInt(u -> u.members().size()).sum();

        UnitProcessor processor = new UnitProcessor(home, Path.of(project.root()), embedder, cache,
                new SetChangeRepository(store));
        ResultWriter writer = new ResultWriter(store, projectId, embedder);
        Tally tally = new Tally();
        int started = 0;
        AtomicReference<RuntimeException> fatal = new AtomicReference<>();
        boolean stopped = false;
        int workers = Math.max(1, threads);
        int maxInFlight = 2 * workers;
        Semaphore inFlight = new Semaphore(maxInFlight);
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "winnow-embed");
            t.setDaemon(true);
            return t;
        });
        try (ProgressReporter.Bar bar = progress.start("embed " + projectId, todoImages)) {
            for (WorkUnit unit : todo) {
                inFlight.acquire();
                if (fatal.get() != null || stop.stopRequested(started)) {
                    inFlight.release();
                    stopped = fatal.get() == null;
                    break;
                }
                started++;
                // A unit is read and hashed in one task, then each member is decoded as its own task, so both
                // cores stay busy up to the last image; whichever task decodes a unit's last member finishes it.
                CompletableFuture.supplyAsync(() -> fatal.get() == null ? processor.prepare(unit) : null, pool)
                        .thenCompose(p -> p == null ? CompletableFuture.completedFuture(null) : decodeAll(p, pool))
                        .thenAccept(p -> {
                            if (p == null) return;
                            UnitResult r = p.finish();
                            writer.commit(r);
                            cache.committed(r);
                            tally.add(r);
                            bar.stepBy(unit.members().size());
                        })
                        .whenComplete((v, e) -> {
                            if (e != null) fatal.compareAndSet(null, unwrap(e));
                            inFlight.release();
                        });
            }
            // Units submit their decodes as they go, so the pool may only shut down once every unit has finished.
            inFlight.acquire(maxInFlight);
        } finally {
            pool.shutdown();
            if (!pool.awaitTermination(1, TimeUnit.HOURS)) pool.shutdownNow();
        }
        if (fatal.get() != null) throw fatal.get();
        List<Problem> problems = new ArrayList<>(knownFailures);
        problems.addAll(tally.problems());
        int failed = problems.size();
        int cached = images - todoImages - knownFailures.size() + tally.cachedInTodo.get();
        RunSummary summary = new RunSummary(tally.decoded.get(), cached, failed, clock.seconds());
        return new EmbedReport(projectId, embedder.id(), images, sets.size(), singles.size(), todo.size(),
                tally.decoded.get(), cached, tally.hashedOnly.get(), failed, tally.mapsComputed.get(),
                tally.mapsReused.get(), stopped, problems, summary);
    }

    private static CompletableFuture<UnitProcessor.Pending> decodeAll(UnitProcessor.Pending p, ExecutorService pool) {
        CompletableFuture<?>[] decodes = new CompletableFuture<?>[p.decodes()];
        for (int i = 0; i < decodes.length; i++) {
            int member = i;
            decodes[i] = CompletableFuture.runAsync(() -> p.decode(member), pool);
        }
        return CompletableFuture.allOf(decodes).thenApply(v -> p);
    }

    private static RuntimeException unwrap(Throwable e) {
        Throwable t = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
        return t instanceof RuntimeException r ? r : new IllegalStateException("embed worker failed: " + t, t);
    }

    /** Counters updated by the worker threads. */
    private static final class Tally {
        final AtomicInteger decoded = new AtomicInteger();
        final AtomicInteger cachedInTodo = new AtomicInteger();
        final AtomicInteger hashedOnly = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger mapsComputed = new AtomicInteger();
        final AtomicInteger mapsReused = new AtomicInteger();
        private final List<Problem> problems = new ArrayList<>();

        void add(UnitResult r) {
            for (UnitResult.Member m : r.members()) {
                if (m.problem() != null) {
                    failed.incrementAndGet();
                    synchronized (problems) {
                        problems.add(m.problem());
                    }
                } else if (m.decoded()) {
                    decoded.incrementAndGet();
                } else {
                    cachedInTodo.incrementAndGet();
                    if (m.file().contentHash() == null) hashedOnly.incrementAndGet();
                }
            }
            if (r.change() != null && r.changeReused()) mapsReused.incrementAndGet();
            else if (r.change() != null) mapsComputed.incrementAndGet();
        }

        List<Problem> problems() {
            synchronized (problems) {
                return List.copyOf(problems);
            }
        }
    }
}
