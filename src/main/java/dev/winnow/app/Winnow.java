package dev.winnow.app;

import dev.winnow.catalog.Catalog;
import dev.winnow.common.ProgressReporter;
import dev.winnow.demo.DemoRun;
import dev.winnow.embed.ArchiveCheck;
import dev.winnow.embed.ContentCache;
import dev.winnow.embed.EmbedPipeline;
import dev.winnow.history.HistoryImporter;
import dev.winnow.learn.EvalOutput;
import dev.winnow.learn.Evaluator;
import dev.winnow.learn.LearnStatus;
import dev.winnow.learn.Predictor;
import dev.winnow.learn.TrainReport;
import dev.winnow.learn.Trainer;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.eval.Holdout;
import dev.winnow.learn.model.ModelKind;
import dev.winnow.learn.model.ModelRegistry;
import dev.winnow.review.Reviewer;
import dev.winnow.store.HomeLock;
import dev.winnow.store.Store;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A Winnow home opened for one command: its folder, its store, and the front door of every capability over them.
 * The store is opened on first use, so commands that need none (help, bench, models) never create one, and closed
 * with this. The command line asks here for what it runs and never holds the store itself.
 */
public final class Winnow implements AutoCloseable {
    private final Path home;
    private Store store;

    public Winnow(Path home) {
        this.home = home;
    }

    /**
     * Holds {@code name} on this home for the caller's work, or refuses (an {@link IllegalStateException} naming who
     * holds it): for work that two commands must not do at once. {@code what} names the work in messages.
     */
    public Held exclusive(String name, String what) {
        return HomeLock.exclusive(home, name, what)::close;
    }

    /** Holds {@code name}, waiting first for whoever holds it ({@code waiting} hears that once). */
    public Held serialised(String name, String what, Consumer<String> waiting) {
        return HomeLock.waitFor(home, name, what, waiting)::close;
    }

    /** A lock held until closed. */
    public interface Held extends AutoCloseable {
        @Override
        void close();
    }

    public Path home() {
        return home;
    }

    public Catalog catalog() {
        return new Catalog(store());
    }

    public HistoryImporter history() {
        return new HistoryImporter(store());
    }

    public EmbedPipeline embedPipeline() {
        return new EmbedPipeline(store(), home);
    }

    public ContentCache cache() {
        return new ContentCache(store(), home);
    }

    public ArchiveCheck archiveCheck() {
        return new ArchiveCheck(store(), home);
    }

    /** Trains on the store's labelled sets of the projects (all projects when none are given). */
    public TrainReport train(LearnSettings settings, List<String> projectIds, String embedder, List<ModelKind> kinds,
                             ProgressReporter progress) {
        return new Trainer(home, settings).train(store(), projectIds, embedder, kinds, progress);
    }

    /** Evaluates on the store's labelled sets of the projects (all projects when none are given). */
    public EvalOutput evaluate(LearnSettings settings, List<String> projectIds, Holdout holdout, String embedder,
                               ProgressReporter progress) {
        return evaluator(settings).evaluate(store(), projectIds, holdout, embedder, progress);
    }

    /** The evaluator for what needs no store (the real-log check). */
    public Evaluator evaluator(LearnSettings settings) {
        return new Evaluator(home, settings);
    }

    public Predictor predictor() {
        return new Predictor(store(), home);
    }

    public ModelRegistry models() {
        return new ModelRegistry(home);
    }

    public LearnStatus learnStatus() {
        return new LearnStatus(store(), home);
    }

    public Reviewer reviewer() {
        return new Reviewer(store());
    }

    /** The demo run; {@code say} receives the lines a person reads. */
    public DemoRun demo(ProgressReporter progress, Consumer<String> say) {
        return new DemoRun(store(), home, progress, say);
    }

    private Store store() {
        if (store == null) store = Store.open(home);
        return store;
    }

    @Override
    public void close() {
        if (store != null) store.close();
    }
}
