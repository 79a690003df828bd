package dev.winnow.embed;

import dev.winnow.store.CacheRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Front door of `winnow cache stats|prune`. Prune only ever touches Winnow's own cache under the home folder
 * (thumbnails, heatmaps, store rows), never an image of the user's; it is a dry run unless asked to apply.
 * Entries of files that are merely missing (moved away, archived) are kept: they are what training and review use.
 */
public final class ContentCache {
    private final Store store;
    private final Path home;
    private final CacheRepository repo;

    public ContentCache(Store store, Path home) {
        this.store = store;
        this.home = home;
        this.repo = new CacheRepository(store);
    }

    public CacheStats stats() {
        FolderSize thumbs = sizeOf(home.resolve(UnitProcessor.THUMBS));
        FolderSize heatmaps = sizeOf(home.resolve(UnitProcessor.HEATMAPS));
        long storeBytes = 0;
        for (String suffix : List.of("", "-wal", "-shm")) {
            Path p = store.file().resolveSibling(store.file().getFileName() + suffix);
            storeBytes += Files.isRegularFile(p) ? p.toFile().length() : 0;
        }
        return new CacheStats(repo.counts(), embedders(), thumbs.files(), thumbs.bytes(), heatmaps.files(), heatmaps.bytes(),
                storeBytes, prune(false, null));
    }

    private List<CacheStats.Embedder> embedders() {
        return repo.embedderUsage().stream()
                .map(u -> new CacheStats.Embedder(u.embedderId(), u.vectors(), u.dim(), u.bytes())).toList();
    }

    /** Drops unreferenced entries (and, when {@code embedderId} is given, every vector of that embedder). */
    public PruneReport prune(boolean apply, String embedderId) {
        Set<String> orphanHashes = new HashSet<>(repo.cachedHashes());
        orphanHashes.removeAll(repo.referencedHashes());
        Set<String> orphanSignatures = new HashSet<>(repo.setChangeSignatures());
        orphanSignatures.removeAll(repo.liveSignatures());
        long vectors = embedderId == null ? 0 : repo.vectorCount(embedderId);

        Set<String> keep = new HashSet<>();
        for (CacheRepository.CachedImage t : repo.thumbnails()) if (!orphanHashes.contains(t.key())) keep.add(t.path());
        for (CacheRepository.CachedImage h : repo.setChangeHeatmaps()) {
            if (!orphanSignatures.contains(h.key())) keep.add(h.path());
        }
        keep.addAll(repo.liveHeatmapPaths());
        List<Path> doomed = Stream.of(UnitProcessor.THUMBS, UnitProcessor.HEATMAPS)
                .flatMap(dir -> files(home.resolve(dir)).stream())
                .filter(p -> !keep.contains(home.relativize(p).toString().replace('\\', '/')))
                .toList();
        long bytes = 0;
        for (Path p : doomed) bytes += p.toFile().length();
        if (apply) {
            repo.deleteHashes(orphanHashes);
            repo.deleteSetChanges(orphanSignatures);
            if (embedderId != null) repo.deleteEmbedder(embedderId);
            for (Path p : doomed) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete cache file " + p, e);
                }
            }
        }
        return new PruneReport(apply, orphanHashes.size(), orphanSignatures.size(), vectors, doomed.size(), bytes);
    }

    private static List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** Files in a cache folder and their bytes on disk. */
    private record FolderSize(long files, long bytes) {
    }

    private static FolderSize sizeOf(Path dir) {
        long n = 0, bytes = 0;
        for (Path p : files(dir)) {
            n++;
            bytes += p.toFile().length();
        }
        return new FolderSize(n, bytes);
    }
}
