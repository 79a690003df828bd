package dev.winnow.imaging.evidence;

import dev.winnow.common.CropBox;
import dev.winnow.imaging.RgbImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the step evidence is for: a step's own global change (resampling, tone curves, sharpening) is explained by
 * the global model and leaves no local peak, while a local change made after it stands out where it was made.
 */
class StepEvidenceTest {
    private static final int W = 512;
    private static final int H = 350;

    private final float[][] lower = Textures.textured(W, H, 7);
    private final float[][] upper = Textures.globalStep(lower, W, H);
    private final StepAnalysis analysis = new StepAnalysis(W, H);
    private final StepModel model = new StepModel(lower, new Filters(W, H));

    @Test
    void aGlobalStepLeavesNoLocalPeakWhileALocalChangeOfItIsLocated() {
        StepVariant clean = analysis.variant(0, StepVariant.CLEAN, null, model, upper);
        assertThat(clean.summary("r2")).isGreaterThan(0.999f);
        // 8-px tiles average few pixels: the clean step's largest tile stands at about twice the median (2.1 here).
        assertThat(peakOverMedian(clean.tileMap("all"))).as("max tile of 'all' over its median, clean").isLessThan(2.5f);

        // A hand-made local change after the step: a soft disc brightened and flattened towards its mean.
        float[][] changed = Planes.copy(upper);
        double cx = 0.7 * W, cy = 0.35 * H, radius = 28;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double d = Math.hypot(x - cx, y - cy) / radius;
                if (d >= 1) continue;
                float m = (float) (1 - d * d);
                for (int c = 0; c < 3; c++) changed[c][y * W + x] += m * (0.6f - changed[c][y * W + x]) * 0.6f;
            }
        }
        StepVariant local = analysis.variant(1, "hand-made", null, model, changed);
        CropBox box = new CropBox((cx - radius) / W, (cy - radius) / H, (cx + radius) / W, (cy + radius) / H);
        assertThat(peakOverMedian(local.tileMap("all"))).isGreaterThan(5f);
        assertThat(peakInside(local, "all", box)).as("peak of 'all' inside the changed disc").isTrue();
        assertThat(local.summary("all_zmax")).isGreaterThan(3 * clean.summary("all_zmax"));
    }

    /** Six random places, sizes, feathers and strengths of each family, on a textured image after a global step. */
    @ParameterizedTest
    @EnumSource(DefectFamily.class)
    void aPlantedDefectIsLocatedByThePeakOfItsResidual(DefectFamily family) {
        DefectPlanter planter = new DefectPlanter();
        float[][] planted = new float[3][W * H];
        for (int k = 0; k < 6; k++) {
            SplittableRandom rng = new SplittableRandom(1000L * family.ordinal() + k);
            SoftEllipse where = DefectPlanter.draw(W, H, rng);
            planter.plant(family, where, upper, planted, W, H, rng);
            StepVariant v = analysis.variant(1, family.key(), where.box(W, H), model, planted);
            assertThat(peakInside(v, "all", v.planted()))
                    .as("%s #%d at %s: peak tile of 'all' within a tile of the planted box", family, k, v.planted()).isTrue();
            assertThat(peakOverMedian(v.tileMap("all"))).as("%s #%d stands out", family, k).isGreaterThan(2.5f);
        }
    }

    @Test
    void theSameSeedGivesTheSamePlantsAndNumbersAndAnotherSeedOtherPlants() {
        List<StepEvidenceMapper.Member> members = members();
        StepEvidenceMapper mapper = new StepEvidenceMapper();
        List<StepEvidence> first = mapper.map(members, 42), again = mapper.map(members, 42), other = mapper.map(members, 43);
        assertThat(again).isEqualTo(first);
        assertThat(other.get(0).clean()).isEqualTo(first.get(0).clean());
        assertThat(other.get(0).planted()).isNotEqualTo(first.get(0).planted());
        assertThat(first.get(0).planted().get(0).planted()).isNotEqualTo(other.get(0).planted().get(0).planted());
    }

    @Test
    void everyStepHoldsTheCleanStepAndItsPlantedDefectsOfDistinctFamilies() {
        List<StepEvidence> steps = new StepEvidenceMapper().map(members(), StepEvidenceMapper.seedOf("9f".repeat(32)));
        assertThat(steps).hasSize(2);
        assertThat(steps).extracting(StepEvidence::lowerStage).containsExactly(1.0, 2.0);
        assertThat(steps).extracting(StepEvidence::upperStage).containsExactly(2.0, 3.0);
        Set<String> families = new HashSet<>();
        for (DefectFamily f : DefectFamily.values()) families.add(f.key());
        for (StepEvidence s : steps) {
            assertThat(s.width()).isEqualTo(384);
            assertThat(s.height()).isEqualTo(263);
            assertThat(s.cols()).isEqualTo(48);
            assertThat(s.rows()).isEqualTo(33);
            assertThat(s.descriptors().planes()).isEqualTo(EvidenceNames.DESCRIPTORS.size());
            assertThat(s.variants()).hasSize(1 + StepEvidenceMapper.PLANTED);
            assertThat(s.clean().family()).isEqualTo(StepVariant.CLEAN);
            assertThat(s.clean().planted()).isNull();
            assertThat(s.planted()).extracting(StepVariant::family).doesNotHaveDuplicates().allMatch(families::contains);
            for (StepVariant v : s.variants()) {
                assertThat(v.summaries()).hasSize(56);
                for (float x : v.summaries()) assertThat(Float.isFinite(x)).isTrue();
                assertThat(v.tiles().tiles()).isEqualTo(48 * 33);
            }
            for (StepVariant v : s.planted()) {
                CropBox b = v.planted();
                assertThat(b.x1()).isGreaterThanOrEqualTo(0.12 - 0.09);
                assertThat(b.x2()).isLessThanOrEqualTo(0.88 + 0.09);
                assertThat(b.width()).isBetween(2 * 0.02, 2 * 0.08 + 1e-9);
            }
            // the tile centres run over the image
            float[] x = s.descriptors().plane(EvidenceNames.DESCRIPTORS.indexOf("x"));
            assertThat(x[0]).isCloseTo(4f / 384, org.assertj.core.data.Offset.offset(0.005f));
        }
    }

    @Test
    void theWorkingSizeHasTheLowerMembersAspectAndALongSideOf384OrTheSmallerWorkingCopy() {
        BufferedImage portrait = new BufferedImage(525, 768, BufferedImage.TYPE_INT_RGB);
        BufferedImage wide = new BufferedImage(768, 500, BufferedImage.TYPE_INT_RGB);
        BufferedImage small = new BufferedImage(200, 300, BufferedImage.TYPE_INT_RGB);
        assertThat(StepEvidenceMapper.commonSize(portrait, wide)).containsExactly(263, 384);
        assertThat(StepEvidenceMapper.commonSize(wide, portrait)).containsExactly(384, 250);
        assertThat(StepEvidenceMapper.commonSize(portrait, small)).containsExactly(205, 300);
    }

    /** Stage 1 the textured image; stage 2 and 3 two global steps of it, as 768-px working copies. */
    private List<StepEvidenceMapper.Member> members() {
        int w = 768, h = 525;
        float[][] a = Textures.textured(w, h, 3), b = Textures.globalStep(a, w, h), c = Textures.globalStep(b, w, h);
        return List.of(new StepEvidenceMapper.Member(1, image(a, w, h)), new StepEvidenceMapper.Member(2, image(b, w, h)),
                new StepEvidenceMapper.Member(3, image(c, w, h)));
    }

    private static BufferedImage image(float[][] planes, int w, int h) {
        int[] px = new int[w * h];
        for (int i = 0; i < px.length; i++) {
            px[i] = Math.round(planes[0][i] * 255) << 16 | Math.round(planes[1][i] * 255) << 8 | Math.round(planes[2][i] * 255);
        }
        return RgbImages.wrap(w, h, px);
    }

    private static float peakOverMedian(float[] tiles) {
        float[] sorted = tiles.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length - 1] / sorted[sorted.length / 2];
    }

    /** Whether the centre of the map's peak tile lies in {@code box} grown by one tile. */
    private static boolean peakInside(StepVariant v, String map, CropBox box) {
        float[] t = v.tileMap(map);
        int arg = 0;
        for (int i = 0; i < t.length; i++) if (t[i] > t[arg]) arg = i;
        int cols = v.tiles().cols();
        int side = EvidenceNames.TILE_SIDE;
        double cx = ((arg % cols) * side + side / 2.0) / W, cy = ((arg / cols) * side + side / 2.0) / H;
        double mx = (double) side / W, my = (double) side / H;
        return cx >= box.x1() - mx && cx <= box.x2() + mx && cy >= box.y1() - my && cy <= box.y2() + my;
    }
}
