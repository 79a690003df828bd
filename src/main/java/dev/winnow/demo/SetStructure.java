package dev.winnow.demo;

import static dev.winnow.demo.Seeds.between;
import static dev.winnow.demo.Seeds.chance;

import dev.winnow.demo.SetPlan.Member;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Which files one generation leaves behind: not every set has every stage (some skip the face swap, most end at
 * stage 2, a few are stage-1 singles), each stage file is written when its stage finishes, and the aspect ratios
 * follow the user's logs.
 */
final class SetStructure {
    private static final double SINGLE_RATE = 0.04;
    /** Aspect ratios seen in the user's logs (832x1216 dominates), as width:height, with weights. */
    private static final List<Aspect> ASPECTS = List.of(new Aspect(832, 1216, 74), new Aspect(1024, 1024, 16),
            new Aspect(1216, 832, 6), new Aspect(896, 1152, 2), new Aspect(768, 1344, 2));

    private record Aspect(int width, int height, int weight) {
    }

    private SetStructure() {
    }

    /** The stage files of one generation starting at {@code start}, in stage order, sized from the stage-1 size. */
    static List<Member> members(Random r, LocalDateTime start, double stage3Rate, int[] stage1) {
        List<DemoStage> stages = new ArrayList<>();
        if (chance(r, SINGLE_RATE)) {
            stages.add(DemoStage.GENERATED);
        } else {
            boolean hasStage1 = chance(r, 0.98);
            boolean hasSwap = chance(r, 0.85);
            boolean endsAtSwap = hasSwap && chance(r, 0.08);
            boolean reaches3 = !endsAtSwap && chance(r, stage3Rate);
            if (hasStage1) stages.add(DemoStage.GENERATED);
            if (hasSwap) stages.add(DemoStage.FACE_SWAPPED);
            if (!endsAtSwap) stages.add(DemoStage.UPSCALED);
            if (reaches3) stages.add(DemoStage.ENHANCED);
            if (stages.size() < 2) stages.add(0, DemoStage.GENERATED);
        }
        List<Member> members = new ArrayList<>();
        LocalDateTime t = start;
        for (DemoStage stage : stages) {
            if (!members.isEmpty()) t = t.plusSeconds(stageDuration(stage, r));
            String label = stage == DemoStage.ENHANCED && chance(r, 0.03) ? stage.label() + "_v2" : stage.label();
            List<String> companions = new ArrayList<>(List.of(".yaml"));
            if (chance(r, 0.35)) companions.add(".caption");
            if (chance(r, 0.06)) companions.add(".txt");
            members.add(new Member(stage, label, ProjectPlanner.NAME_TIME.format(t) + "_" + label + ".png", t,
                    stage1[0] * stage.sizeFactor(), stage1[1] * stage.sizeFactor(), companions));
        }
        return members;
    }

    /** Seconds until this stage's file is written after the previous one. */
    private static int stageDuration(DemoStage stage, Random r) {
        return switch (stage) {
            case FACE_SWAPPED -> between(r, 15, 70);
            case UPSCALED -> between(r, 40, 150);
            case ENHANCED -> between(r, 30, 120);
            case GENERATED -> between(r, 20, 60);
        };
    }

    /** A {width, height} aspect drawn by weight. */
    static int[] aspect(Random r) {
        int roll = r.nextInt(ASPECTS.stream().mapToInt(Aspect::weight).sum());
        for (Aspect a : ASPECTS) {
            roll -= a.weight();
            if (roll < 0) return new int[] {a.width(), a.height()};
        }
        throw new IllegalStateException("weights exhausted");
    }

    static int[] stage1Size(int[] aspect, DemoScale scale) {
        int longSide = scale.stage1LongSide();
        if (aspect[0] >= aspect[1]) return new int[] {longSide, (int) Math.round((double) longSide * aspect[1] / aspect[0])};
        return new int[] {(int) Math.round((double) longSide * aspect[0] / aspect[1]), longSide};
    }
}
