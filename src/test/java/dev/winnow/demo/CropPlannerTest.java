package dev.winnow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.winnow.demo.SetPlan.CropBox;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CropPlannerTest {
    private static final int[][] SIZES = {{350, 512}, {700, 1024}, {1050, 1536}, {512, 512}, {512, 350}, {109, 160}, {327, 480}};

    @Test
    void boxesStayInsideTheImageAndKeepItsAspectWithinOnePercent() {
        Random r = new Random(1);
        for (int i = 0; i < 3000; i++) {
            int[] size = SIZES[i % SIZES.length];
            CropHabit habit = CropHabit.values()[i % 3];
            CropBox box = CropPlanner.box(habit, geometry(r.nextLong(), size), size[0], size[1], r);
            assertThat(box.x1()).isGreaterThanOrEqualTo(0);
            assertThat(box.y1()).isGreaterThanOrEqualTo(0);
            assertThat(box.x2()).isLessThanOrEqualTo(size[0]);
            assertThat(box.y2()).isLessThanOrEqualTo(size[1]);
            double aspect = (double) box.width() / box.height() / ((double) size[0] / size[1]);
            assertThat(aspect).as("%s on %dx%d", box, size[0], size[1]).isCloseTo(1.0, offset(0.01));
        }
    }

    @Test
    void topAnchoredHabitLandsNearTheRealMedianBox() {
        List<double[]> boxes = plan(CropHabit.TOP_ANCHORED_THIRDS, 600);
        double[] median = {median(boxes, 0), median(boxes, 1), median(boxes, 2), median(boxes, 3)};

        assertThat(median).containsExactly(new double[] {0.116, 0.0, 0.874, 0.755}, offset(0.06));
        assertThat(median(boxes.stream().map(b -> new double[] {(b[2] - b[0]) * (b[3] - b[1])}).toList(), 0)).isBetween(0.45, 0.65);
    }

    @Test
    void habitsDifferInHowMuchTheyKeep() {
        double tight = medianArea(plan(CropHabit.TIGHT_UPPER_BODY, 400));
        double thirds = medianArea(plan(CropHabit.TOP_ANCHORED_THIRDS, 400));
        double loose = medianArea(plan(CropHabit.LOOSE_SUBJECT, 400));

        assertThat(tight).isLessThan(thirds - 0.1);
        assertThat(loose).isGreaterThan(thirds + 0.1);
    }

    @Test
    void aboutEightPercentOfCropsAreNearlyTheFullFrame() {
        List<double[]> boxes = plan(CropHabit.TIGHT_UPPER_BODY, 1000);
        long nearFull = boxes.stream().filter(b -> (b[2] - b[0]) > 0.9).count();

        assertThat(nearFull / 1000.0).isBetween(0.05, 0.11);
    }

    @Test
    void boxesFollowTheSubject() {
        Random r = new Random(3);
        int followed = 0;
        for (int i = 0; i < 300; i++) {
            FigureGeometry geo = geometry(r.nextLong(), SIZES[0]);
            CropBox box = CropPlanner.box(CropHabit.TIGHT_UPPER_BODY, geo, 350, 512, r);
            double headX = geo.x(0) * 350;
            if (box.width() < 0.9 * 350 && headX > box.x1() && headX < box.x2()) followed++;
        }
        assertThat(followed).isGreaterThan(250);
    }

    @Test
    void theCuratorKeepsWellFramedShotsWholeAndCropsTheOthers() {
        Random r = new Random(5);
        int[] kept = new int[2], seen = new int[2];
        for (int i = 0; i < 2000; i++) {
            FigureGeometry geo = geometry(r.nextLong(), SIZES[0]);
            int framed = Shot.of(geo.figure()).framed() ? 1 : 0;
            seen[framed]++;
            if (CropPlanner.plan(geo, 350, 512, r) == null) kept[framed]++;
        }
        assertThat((double) kept[1] / seen[1]).isBetween(0.6, 0.9);
        assertThat((double) kept[0] / seen[0]).isBetween(0.02, 0.12);
    }

    @Test
    void closeUpsAreCroppedTighterThanWideShotsByTheSameRule() {
        Random r = new Random(6);
        List<double[]> close = new ArrayList<>(), wide = new ArrayList<>();
        while (close.size() < 200 || wide.size() < 200) {
            FigureGeometry geo = geometry(r.nextLong(), SIZES[0]);
            CropBox b = CropPlanner.plan(geo, 350, 512, r);
            if (b == null) continue;
            double[] area = {(double) b.width() * b.height() / (350 * 512)};
            Shot.Size size = Shot.of(geo.figure()).size();
            if (size == Shot.Size.CLOSE) close.add(area);
            if (size == Shot.Size.WIDE) wide.add(area);
        }
        assertThat(median(close, 0)).isLessThan(median(wide, 0) - 0.2);
    }

    private static List<double[]> plan(CropHabit habit, int n) {
        Random r = new Random(habit.ordinal() + 10);
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            CropBox b = CropPlanner.box(habit, geometry(r.nextLong(), SIZES[0]), 350, 512, r);
            out.add(new double[] {b.x1() / 350.0, b.y1() / 512.0, b.x2() / 350.0, b.y2() / 512.0});
        }
        return out;
    }

    private static FigureGeometry geometry(long seed, int[] size) {
        return new FigureGeometry(SceneFactory.create(seed).figure(), (double) size[0] / size[1]);
    }

    private static double medianArea(List<double[]> boxes) {
        return median(boxes.stream().map(b -> new double[] {(b[2] - b[0]) * (b[3] - b[1])}).toList(), 0);
    }

    private static double median(List<double[]> boxes, int coordinate) {
        double[] v = boxes.stream().mapToDouble(b -> b[coordinate]).sorted().toArray();
        return v[v.length / 2];
    }
}
