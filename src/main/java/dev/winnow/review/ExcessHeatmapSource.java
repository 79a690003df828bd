package dev.winnow.review;

import dev.winnow.store.HeatRow;
import dev.winnow.store.PredictionRepository;
import dev.winnow.store.Store;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

/**
 * The anomaly detector's own view as the heatmap (issue 14): over each member above the lowest, red where the step
 * into it left more than such content usually keeps after such a step, transparent elsewhere, so the picture shows
 * through. One pixel per tile; the page stretches it over the member (the browser smooths it). Red starts at
 * {@value #FROM} spreads (where the detector's own "area above 3" feature starts counting) and is full at
 * {@value #FULL}: drawn from 1.5 spreads on, half of every demo face swap glowed, which said nothing.
 */
final class ExcessHeatmapSource implements HeatmapSource {
    static final float FROM = 3f;
    static final float FULL = 8f;

    private final PredictionRepository predictions;

    ExcessHeatmapSource(Store store) {
        this.predictions = new PredictionRepository(store);
    }

    @Override
    public boolean has(long setId) {
        return predictions.hasHeat(setId);
    }

    @Override
    public Optional<ImageSource.Image> panel(long setId, long fileId) throws IOException {
        Optional<HeatRow> heat = predictions.heat(setId, fileId);
        if (heat.isEmpty()) return Optional.empty();
        HeatRow h = heat.get();
        BufferedImage img = new BufferedImage(h.cols(), h.rows(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < h.rows(); y++) {
            for (int x = 0; x < h.cols(); x++) {
                float a = Math.max(0, Math.min(1, (h.excess(y * h.cols() + x) - FROM) / (FULL - FROM)));
                img.setRGB(x, y, Math.round(a * 235) << 24 | 0xE53E3E);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", out)) throw new IOException("no PNG writer");
        return Optional.of(new ImageSource.Image(out.toByteArray(), "image/png"));
    }

    /**
     * This view where the set has a prediction with step evidence, else {@code otherwise} (the change strip made at
     * embed: sets predicted before step evidence, or never predicted).
     */
    static HeatmapSource before(HeatmapSource otherwise, Store store) {
        ExcessHeatmapSource excess = new ExcessHeatmapSource(store);
        return new HeatmapSource() {
            @Override
            public boolean has(long setId) {
                return excess.has(setId) || otherwise.has(setId);
            }

            @Override
            public Optional<ImageSource.Image> panel(long setId, long fileId) throws IOException {
                return excess.has(setId) ? excess.panel(setId, fileId) : otherwise.panel(setId, fileId);
            }
        };
    }
}
