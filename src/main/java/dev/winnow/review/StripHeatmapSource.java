package dev.winnow.review;

import dev.winnow.imaging.HeatmapStrip;
import dev.winnow.store.ChangeFeatureRepository;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Member pictures cut from the set's change strip (see {@link HeatmapStrip}): a member's panel is the one at its
 * {@code position} among the {@code members} that decoded, both recorded in its change features. The strip was
 * drawn at one common size for the whole set; each panel holds its member's full frame, so the page stretches it
 * over the member's rendered image. Cut panels are kept in memory (bounded).
 */
final class StripHeatmapSource implements HeatmapSource {
    private static final int KEPT = 512;

    private final Path home;
    private final ChangeFeatureRepository changes;
    private final Map<String, ImageSource.Image> cut = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ImageSource.Image> eldest) {
            return size() > KEPT;
        }
    };

    StripHeatmapSource(Store store) {
        this.home = store.home().toAbsolutePath().normalize();
        this.changes = new ChangeFeatureRepository(store);
    }

    @Override
    public boolean has(long setId) {
        return changes.heatmap(setId).isPresent();
    }

    @Override
    public Optional<ImageSource.Image> panel(long setId, long fileId) throws IOException {
        String key = setId + "/" + fileId;
        synchronized (cut) {
            ImageSource.Image done = cut.get(key);
            if (done != null) return Optional.of(done);
        }
        Optional<Path> strip = changes.heatmap(setId).flatMap(rel -> ImageSource.inside(home, rel)).filter(Files::isRegularFile);
        Map<String, Double> features = changes.forSet(setId).get(fileId);
        if (strip.isEmpty() || features == null || !features.containsKey("position") || !features.containsKey("members")) {
            return Optional.empty();
        }
        BufferedImage img = ImageIO.read(strip.get().toFile());
        if (img == null) return Optional.empty();
        int[] r = HeatmapStrip.panel(img.getWidth(), img.getHeight(), (int) Math.round(features.get("position")),
                (int) Math.round(features.get("members")));
        if (r == null) return Optional.empty();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(copy(img.getSubimage(r[0], r[1], r[2], r[3])), "png", out)) throw new IOException("no PNG writer");
        ImageSource.Image panel = new ImageSource.Image(out.toByteArray(), "image/png");
        synchronized (cut) {
            cut.put(key, panel);
        }
        return Optional.of(panel);
    }

    /** A sub-image shares the strip's raster; the PNG writer wants its own. */
    private static BufferedImage copy(BufferedImage sub) {
        BufferedImage c = new BufferedImage(sub.getWidth(), sub.getHeight(), BufferedImage.TYPE_INT_RGB);
        c.getGraphics().drawImage(sub, 0, 0, null);
        return c;
    }
}
