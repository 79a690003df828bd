package dev.winnow.demo;

import static dev.winnow.demo.Seeds.between;
import static dev.winnow.demo.Seeds.chance;

import dev.winnow.demo.SetPlan.CropBox;
import dev.winnow.demo.SetPlan.FinalPlan;
import dev.winnow.demo.SetPlan.Format;
import dev.winnow.demo.SetPlan.Member;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Plans one project from the master seed: set structure and file times first, then the curator's decisions.
 * Rates become exact counts (shuffled picks), so even a small project shows every kind of case.
 */
final class ProjectPlanner {
    static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");
    private static final LocalDateTime EARLIEST = LocalDateTime.of(2025, 6, 2, 8, 0);
    private static final double REJECT_ALL_RATE = 0.02;
    private static final double SINGLE_KEPT_RATE = 0.6;
    private static final double FACE_SWAP_BREAKS_RATE = 0.35;
    private static final List<String> STRAY_SUFFIXES = List.of("preview", "controlnet_depth", "inpaint_mask", "stage_test");

    private ProjectPlanner() {
    }

    static ProjectPlan plan(DemoConfig cfg, DemoProjectSpec spec) {
        long seed = Seeds.mix(cfg.seed(), spec.id().hashCode());
        Random r = Seeds.random(seed, 0);
        int n = spec.sets();
        int strayCount = Math.max(1, (int) Math.round(n * 0.025));
        Set<Integer> strayAfter = new HashSet<>(pick(range(n), (double) strayCount / n, r));
        LocalDateTime cursor = EARLIEST.plusDays(r.nextInt(90)).plusMinutes(r.nextInt(600));
        List<List<Member>> structures = new ArrayList<>();
        List<int[]> aspects = new ArrayList<>();
        List<ProjectPlan.Stray> strays = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Random sr = Seeds.random(seed, 1000 + i);
            cursor = cursor.plusSeconds(chance(sr, 0.05) ? between(sr, 1200, 36000) : between(sr, 20, 200));
            int[] aspect = SetStructure.aspect(sr);
            List<Member> members = SetStructure.members(sr, cursor, spec.stage3Rate(), SetStructure.stage1Size(aspect, cfg.scale()));
            structures.add(members);
            aspects.add(aspect);
            cursor = members.get(members.size() - 1).time();
            if (strayAfter.contains(i)) {
                cursor = cursor.plusSeconds(between(sr, 5, 90));
                int[] size = SetStructure.stage1Size(aspect, cfg.scale());
                strays.add(new ProjectPlan.Stray(NAME_TIME.format(cursor) + "_" + STRAY_SUFFIXES.get(strays.size() % STRAY_SUFFIXES.size()) + ".png",
                        cursor, Seeds.mix(seed, 9000 + i), size[0], size[1]));
            }
        }
        return new ProjectPlan(spec, seed, decide(spec, seed, r, structures, aspects), strays);
    }

    private static List<SetPlan> decide(DemoProjectSpec spec, long seed, Random r, List<List<Member>> structures,
                                        List<int[]> aspects) {
        int n = structures.size();
        List<Integer> multi = range(n).stream().filter(i -> structures.get(i).size() >= 2).toList();
        Set<Integer> anomalies = new HashSet<>(pick(multi, spec.anomalyRate(), r));
        List<Integer> normalMulti = multi.stream().filter(i -> !anomalies.contains(i)).toList();
        int rejectCount = Math.min(normalMulti.size(), Math.max(n >= 10 ? 1 : 0, (int) Math.round(n * REJECT_ALL_RATE)));
        Set<Integer> rejectedAll = new HashSet<>(pick(normalMulti, normalMulti.isEmpty() ? 0 : (double) rejectCount / normalMulti.size(), r));
        List<ArtifactKind> kindCycle = new ArrayList<>(spec.artifactKinds());
        Collections.shuffle(kindCycle, r);
        int unlogged = (int) Math.round((1 - spec.loggedFraction()) * n);

        List<Draft> drafts = new ArrayList<>();
        int anomalyRank = 0;
        for (int i = 0; i < n; i++) {
            Random dr = Seeds.random(seed, 5000 + i);
            List<Member> members = structures.get(i);
            Shot shot = spec.shots().draw(dr);
            Draft d = new Draft(i, members, aspects.get(i), shot, ShotMix.sceneSeed(Seeds.mix(seed, 2000 + i), shot));
            if (anomalies.contains(i)) {
                d.breakStage(kindCycle, anomalyRank++, dr);
            }
            if (d.artifact == null) {
                boolean single = members.size() == 1;
                d.winner = rejectedAll.contains(i) || (single && !chance(dr, SINGLE_KEPT_RATE)) ? -1 : members.size() - 1;
            }
            d.logged = i >= unlogged;
            d.rootPrefixed = dr.nextBoolean();
            drafts.add(d);
        }
        List<Integer> kept = drafts.stream().filter(d -> d.winner >= 0).map(d -> d.index).toList();
        Set<Integer> jpeg = new HashSet<>(pick(kept, spec.finals().jpegRate(), r));
        Set<Integer> resized = new HashSet<>(pick(kept, spec.finals().resizeRate(), r));
        Set<Integer> renamed = new HashSet<>(pick(kept, spec.finals().renameRate(), r));
        List<SetPlan> plans = new ArrayList<>();
        for (Draft d : drafts) {
            Random fr = Seeds.random(seed, 7000 + d.index);
            CropBox crop = null;
            FinalPlan fin = null;
            if (d.winner >= 0) {
                Member w = d.members.get(d.winner);
                FigureGeometry geo = new FigureGeometry(SceneFactory.create(d.sceneSeed).figure(), (double) w.width() / w.height());
                crop = CropPlanner.plan(geo, w.width(), w.height(), fr);
                fin = finalPlan(spec, d, w, crop, jpeg.contains(d.index), resized.contains(d.index),
                        renamed.contains(d.index), fr);
            }
            plans.add(new SetPlan(d.index, d.members.get(0).stem().substring(0, 15), d.sceneSeed, d.members, d.artifact,
                    d.artifactFrom, d.winner, crop, fin, d.logged, d.rootPrefixed, Seeds.mix(seed, 3000 + d.index)));
        }
        return plans;
    }

    private static FinalPlan finalPlan(DemoProjectSpec spec, Draft d, Member winner, CropBox crop, boolean jpeg,
                                       boolean resize, boolean rename, Random r) {
        int w = crop == null ? winner.width() : crop.width();
        int h = crop == null ? winner.height() : crop.height();
        double scale = resize ? between(r, 0.5, 0.85) : 1;
        if (Math.min(w, h) * scale < 64) scale = 1;
        int fw = (int) Math.round(w * scale);
        int fh = (int) Math.round(h * scale);
        Format format = jpeg ? Format.JPEG : Format.PNG;
        String stem = winner.stem();
        if (rename) {
            stem = switch (r.nextInt(3)) {
                case 0 -> spec.id() + "_keeper_" + String.format("%03d", d.index + 1);
                case 1 -> "IMG_" + (4000 + d.index * 7);
                default -> winner.stem().substring(0, 15) + "_final";
            };
        }
        return new FinalPlan(stem + format.extension, format, fw, fh, rename);
    }

    /** Mutable scratch for one set while decisions are made. */
    private static final class Draft {
        final int index;
        final List<Member> members;
        final int[] aspect;
        final Shot shot;
        long sceneSeed;
        Artifact artifact;
        int artifactFrom = -1;
        int winner = -1;
        boolean logged;
        boolean rootPrefixed;

        Draft(int index, List<Member> members, int[] aspect, Shot shot, long sceneSeed) {
            this.index = index;
            this.members = members;
            this.aspect = aspect;
            this.shot = shot;
            this.sceneSeed = sceneSeed;
        }

        /**
         * Breaks the top stage (or the face swap, which later stages inherit); the curator keeps the stage below.
         * Scenes tried for a fitting artifact still show the set's shot, so anomalies keep the project's content mix.
         */
        void breakStage(List<ArtifactKind> kindCycle, int rank, Random r) {
            double aspectRatio = (double) aspect[0] / aspect[1];
            long base = sceneSeed;
            for (int attempt = 0; attempt < 16 && artifact == null; attempt++) {
                ArtifactKind kind = kindCycle.get((rank + attempt / 8) % kindCycle.size());
                long candidate = attempt == 0 ? base : ShotMix.sceneSeed(Seeds.mix(base, attempt), shot);
                Optional<Artifact> a = ArtifactPlanner.plan(kind, SceneFactory.create(candidate), aspectRatio, r);
                if (a.isPresent()) {
                    artifact = a.get();
                    sceneSeed = candidate;
                }
            }
            if (artifact == null) return;
            artifactFrom = members.size() - 1;
            int swap = indexOf(DemoStage.FACE_SWAPPED);
            if (artifact.kind() == ArtifactKind.SMEARED_FACE && swap >= 1 && swap < artifactFrom && chance(r, FACE_SWAP_BREAKS_RATE)) {
                artifactFrom = swap;
            }
            winner = artifactFrom - 1;
        }

        private int indexOf(DemoStage stage) {
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).stage() == stage) return i;
            }
            return -1;
        }
    }

    private static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().collect(Collectors.toList());
    }

    /** Exactly round(rate * pool size) members of the pool, chosen at random. */
    private static List<Integer> pick(List<Integer> pool, double rate, Random r) {
        List<Integer> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, r);
        return shuffled.subList(0, (int) Math.min(shuffled.size(), Math.round(rate * pool.size())));
    }
}
