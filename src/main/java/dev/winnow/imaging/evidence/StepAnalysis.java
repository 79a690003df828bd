package dev.winnow.imaging.evidence;

import dev.winnow.common.CropBox;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The evidence of steps at one working size: the global model fitted to the clean upper image and to each planted
 * variant, the residual maps, their summaries and tile means, and the lower image's descriptors. Holds every
 * buffer of that size and reuses it for each step and variant (one instance per thread).
 */
final class StepAnalysis {
    /** The floors of the robust z of each map (probe: map_stats floors), in the order of {@link EvidenceNames#MAPS}. */
    private static final float[] FLOORS = {2e-3f, 2e-3f, 2e-3f, 0.02f, 2e-3f, 0.02f, 0.02f, 2e-3f, 0.02f};

    private final int width;
    private final int height;
    private final Filters filters;
    private final FloatSelect select = new FloatSelect();
    private final ResidualMaps maps;
    private final MapSummary summary;
    private final TileMeans tiles;
    private final ContentDescriptors descriptors;
    private final DefectPlanter planter = new DefectPlanter();
    private final float[][] pred;
    private final float[][] planted;

    StepAnalysis(int width, int height) {
        this.width = width;
        this.height = height;
        this.filters = new Filters(width, height);
        this.maps = new ResidualMaps(filters);
        this.summary = new MapSummary(width, height, select);
        this.tiles = new TileMeans(width, height);
        this.descriptors = new ContentDescriptors(filters, tiles);
        int n = width * height;
        this.pred = new float[3][n];
        this.planted = new float[3][n];
    }

    /**
     * The evidence of one step: {@code lower} and {@code upper} are the two members at this working size;
     * the planted variants' families and places come from {@code seed} alone.
     */
    StepEvidence analyse(double lowerStage, double upperStage, float[][] lower, float[][] upper, long seed,
                         int plantedVariants) {
        StepModel model = new StepModel(lower, filters);
        TilePlanes content = TilePlanes.of(tiles.cols(), tiles.rows(), EvidenceNames.DESCRIPTOR_SCALES,
                descriptors.describe(lower, model.luma()));
        List<StepVariant> variants = new ArrayList<>();
        variants.add(variant(0, StepVariant.CLEAN, null, model, upper));
        SplittableRandom rng = new SplittableRandom(seed);
        DefectFamily[] all = DefectFamily.values();
        // Distinct families within a step: two draws of one family would teach the learner half as much.
        List<DefectFamily> left = new ArrayList<>(List.of(all));
        for (int v = 1; v <= plantedVariants; v++) {
            DefectFamily family = left.remove(rng.nextInt(left.size()));
            SplittableRandom own = rng.split();
            SoftEllipse where = DefectPlanter.draw(width, height, own);
            planter.plant(family, where, upper, planted, width, height, own);
            variants.add(variant(v, family.key(), where.box(width, height), model, planted));
        }
        return new StepEvidence(lowerStage, upperStage, width, height, content, variants);
    }

    /** The evidence of one version of the upper image. */
    StepVariant variant(int index, String family, CropBox box, StepModel model, float[][] upper) {
        double r2 = model.fit(upper, pred, select);
        maps.compute(upper, pred);
        List<String> names = EvidenceNames.MAPS;
        float[] out = new float[EvidenceNames.SUMMARIES.size()];
        for (int i = 0; i < names.size(); i++) {
            summary.summarise(maps.map(i), i == ResidualMaps.RATIO, FLOORS[i], out, MapSummary.STATS * i);
        }
        out[out.length - 2] = (float) r2;
        out[out.length - 1] = (float) Math.log(select.medianOfAbsolutes(maps.residual()) + 1e-5);
        int t = tiles.tiles();
        float[] values = new float[ResidualMaps.COUNT * t];
        for (int i = 0; i < ResidualMaps.COUNT; i++) tiles.pool(maps.map(i), values, i * t);
        return new StepVariant(index, family, box, out,
                TilePlanes.of(tiles.cols(), tiles.rows(), EvidenceNames.TILE_SCALES, values));
    }
}
