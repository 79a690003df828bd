package dev.winnow.review;

import dev.winnow.domain.ImageFile;
import dev.winnow.imaging.DecodeException;
import dev.winnow.imaging.ImageDecoder;
import dev.winnow.store.ContentRepository;
import dev.winnow.store.ContentRow;
import dev.winnow.store.FileRepository;
import dev.winnow.store.ProjectRepository;
import dev.winnow.store.SetRepository;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Serves images by id only, never by path: a file id of the reviewed project (its cached thumbnail, or the
 * original), or a set id and one of its members (that member's change heatmap). Every path comes from the store and
 * must resolve inside the project folder or the Winnow home. When no thumbnail was cached yet, one is made from the original in
 * memory (bounded; nothing is written).
 */
final class ImageSource {
    static final int FALLBACK_THUMB_SIDE = 768;
    private static final int MEMORY_THUMBS = 256;

    /** Bytes to send and their content type. */
    record Image(byte[] bytes, String contentType) {
    }

    private final Path home;
    private final Path root;
    private final String projectId;
    private final FileRepository files;
    private final ContentRepository content;
    private final HeatmapSource heatmaps;
    private final java.util.function.LongPredicate alsoServed;
    private final SetRepository sets;
    private final ImageDecoder decoder = new ImageDecoder();
    private final Map<Long, Image> made = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
            return size() > MEMORY_THUMBS;
        }
    };

    /** {@code alsoServed}: files of other projects the page was offered (the curator's past sets). */
    ImageSource(Store store, String projectId, HeatmapSource heatmaps, java.util.function.LongPredicate alsoServed) {
        this.home = store.home().toAbsolutePath().normalize();
        this.projectId = projectId;
        this.files = new FileRepository(store);
        this.content = new ContentRepository(store);
        this.heatmaps = heatmaps;
        this.alsoServed = alsoServed;
        this.sets = new SetRepository(store);
        this.root = Path.of(new ProjectRepository(store).find(projectId)
                .orElseThrow(() -> new IllegalArgumentException("unknown project " + projectId)).root()).toAbsolutePath().normalize();
    }

    /** A file of the project, or the cached thumbnail of a past set's file offered to the page (never its original). */
    Optional<Image> thumbnail(long fileId) throws IOException {
        Optional<ImageFile> f = file(fileId);
        if (f.isEmpty() && !alsoServed.test(fileId)) return Optional.empty();
        Optional<Path> cached = content.forFile(fileId).map(ContentRow::thumbPath).flatMap(p -> inside(home, p));
        if (cached.isPresent() && Files.isRegularFile(cached.get())) return Optional.of(read(cached.get()));
        if (f.isEmpty()) return Optional.empty();
        synchronized (made) {
            Image m = made.get(fileId);
            if (m != null) return Optional.of(m);
        }
        Optional<Path> original = inside(root, f.get().relPath());
        if (original.isEmpty() || !Files.isRegularFile(original.get())) return Optional.empty();
        Image m = makeThumbnail(original.get());
        synchronized (made) {
            made.put(fileId, m);
        }
        return Optional.of(m);
    }

    Optional<Image> original(long fileId) throws IOException {
        Optional<Path> p = file(fileId).flatMap(f -> inside(root, f.relPath()));
        return p.isPresent() && Files.isRegularFile(p.get()) ? Optional.of(read(p.get())) : Optional.empty();
    }

    /** The change heatmap over one member of one of the project's sets. */
    Optional<Image> heatmap(long setId, long fileId) throws IOException {
        boolean ours = sets.byId(setId).map(s -> s.projectId().equals(projectId)
                && s.members().stream().anyMatch(m -> m.id() == fileId)).orElse(false);
        return ours ? heatmaps.panel(setId, fileId) : Optional.empty();
    }

    private Optional<ImageFile> file(long fileId) {
        return files.byId(fileId).filter(f -> f.projectId().equals(projectId));
    }

    /** Resolves a stored relative path, refusing anything that would leave the base folder. */
    static Optional<Path> inside(Path base, String rel) {
        if (rel == null || rel.isBlank()) return Optional.empty();
        Path p = base.resolve(rel).normalize();
        return p.startsWith(base) && !p.equals(base) ? Optional.of(p) : Optional.empty();
    }

    private static Image read(Path p) throws IOException {
        return new Image(Files.readAllBytes(p), contentType(p.getFileName().toString()));
    }

    static String contentType(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".png")) return "image/png";
        if (n.endsWith(".jpg") || n.endsWith(".jpeg")) return "image/jpeg";
        if (n.endsWith(".webp")) return "image/webp";
        return "application/octet-stream";
    }

    private Image makeThumbnail(Path original) throws IOException {
        BufferedImage img;
        try {
            img = decoder.decode(original);
        } catch (DecodeException e) {
            throw new IOException("cannot decode " + original.getFileName() + ": " + e.getMessage(), e);
        }
        BufferedImage small = fit(img, FALLBACK_THUMB_SIDE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(small, "jpeg", out)) throw new IOException("no JPEG writer available");
        return new Image(out.toByteArray(), "image/jpeg");
    }

    /** Scales down in halving steps (bilinear each), which keeps detail that one big bilinear step would alias away. */
    static BufferedImage fit(BufferedImage img, int maxSide) {
        double scale = Math.min(1.0, (double) maxSide / Math.max(img.getWidth(), img.getHeight()));
        int tw = Math.max(1, (int) Math.round(img.getWidth() * scale));
        int th = Math.max(1, (int) Math.round(img.getHeight() * scale));
        BufferedImage cur = img;
        while (cur.getWidth() != tw || cur.getHeight() != th) {
            int w = Math.max(tw, cur.getWidth() / 2), h = Math.max(th, cur.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(cur, 0, 0, w, h, null);
            g.dispose();
            cur = next;
        }
        return cur;
    }
}
