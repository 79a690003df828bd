package dev.winnow.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.demo.SetPlan.Member;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plans the standard demo (no rendering) and checks it has the variety the brief and the real logs ask for. */
class ProjectPlannerTest {
    private final DemoConfig standard = DemoConfig.standard(42, false);
    private final List<ProjectPlan> plans = standard.projects().stream().map(p -> ProjectPlanner.plan(standard, p)).toList();

    @Test
    void anomalyRatesDifferPerProjectAsConfigured() {
        Map<String, Double> rates = new HashMap<>();
        for (ProjectPlan p : plans) {
            long multi = p.sets().stream().filter(s -> s.members().size() > 1).count();
            long anomalies = p.sets().stream().filter(SetPlan::anomaly).count();
            assertThat(anomalies).as(p.id()).isBetween(Math.round(p.spec().anomalyRate() * multi) - 1, Math.round(p.spec().anomalyRate() * multi));
            rates.put(p.id(), (double) anomalies / p.sets().size());
        }
        assertThat(rates.get("aurora")).isBetween(0.01, 0.05);
        assertThat(rates.get("birch")).isBetween(0.08, 0.16);
        assertThat(rates.get("cobalt")).isBetween(0.4, 0.55);
    }

    @Test
    void artifactKindsVaryWithinAndAcrossProjectsAndStayLocal() {
        Map<String, Set<ArtifactKind>> kinds = new HashMap<>();
        for (ProjectPlan p : plans) {
            for (SetPlan s : p.sets()) {
                if (!s.anomaly()) continue;
                kinds.computeIfAbsent(p.id(), k -> new HashSet<>()).add(s.artifact().kind());
                assertThat(s.artifact().region().area()).as("%s %s", p.id(), s.setId()).isBetween(0.004, 0.08);
            }
        }
        assertThat(kinds.get("cobalt")).hasSize(ArtifactKind.values().length);
        assertThat(kinds.get("birch")).hasSizeGreaterThanOrEqualTo(3).doesNotContain(ArtifactKind.SMEARED_FACE);
        assertThat(kinds.get("aurora")).doesNotContain(ArtifactKind.EXTRA_LIMB);
    }

    @Test
    void curatorKeepsTheHighestStageUnlessItIsBrokenAndRarelyRejectsAll() {
        int rejectedAll = 0;
        int sets = 0;
        boolean brokenFaceSwapSeen = false;
        for (ProjectPlan p : plans) {
            for (SetPlan s : p.sets()) {
                sets++;
                if (s.anomaly()) {
                    assertThat(s.winner()).isEqualTo(s.artifactFrom() - 1);
                    brokenFaceSwapSeen |= s.members().get(s.artifactFrom()).stage() == DemoStage.FACE_SWAPPED
                            && s.artifactFrom() < s.members().size() - 1;
                } else if (s.kept()) {
                    assertThat(s.winner()).isEqualTo(s.members().size() - 1);
                } else if (s.members().size() > 1) {
                    rejectedAll++;
                }
            }
        }
        assertThat((double) rejectedAll / sets).isBetween(0.005, 0.04);
        assertThat(brokenFaceSwapSeen).isTrue();
    }

    @Test
    void setStructuresVaryLikeTheRealPipeline() {
        Map<String, Integer> seen = new HashMap<>();
        Set<String> aspects = new HashSet<>();
        for (ProjectPlan p : plans) {
            assertThat(p.strays()).isNotEmpty();
            for (SetPlan s : p.sets()) {
                List<DemoStage> stages = s.members().stream().map(Member::stage).toList();
                if (stages.size() == 1) seen.merge("single", 1, Integer::sum);
                if (stages.size() > 1 && !stages.contains(DemoStage.FACE_SWAPPED)) seen.merge("no face swap", 1, Integer::sum);
                if (!stages.contains(DemoStage.GENERATED)) seen.merge("no stage 1", 1, Integer::sum);
                seen.merge("ends at " + stages.get(stages.size() - 1), 1, Integer::sum);
                Member first = s.members().get(0);
                aspects.add(first.width() > first.height() ? "landscape" : first.width() == first.height() ? "square" : "portrait");
            }
        }
        assertThat(seen).containsKeys("single", "no face swap", "ends at FACE_SWAPPED", "ends at UPSCALED", "ends at ENHANCED");
        assertThat(seen.get("ends at UPSCALED")).isGreaterThan(seen.get("ends at ENHANCED"));
        assertThat(aspects).containsExactlyInAnyOrder("portrait", "square", "landscape");
    }

    @Test
    void fileTimesStrictlyIncreaseThroughEachProject() {
        for (ProjectPlan p : plans) {
            Set<String> names = new HashSet<>();
            LocalDateTime last = LocalDateTime.MIN;
            for (SetPlan s : p.sets()) {
                for (Member m : s.members()) {
                    assertThat(m.time()).isAfter(last);
                    assertThat(m.fileName()).startsWith(ProjectPlanner.NAME_TIME.format(m.time()) + "_" + m.label());
                    assertThat(names.add(m.fileName())).isTrue();
                    last = m.time();
                }
            }
        }
    }

    @Test
    void exactlyOneProjectIsPartlyLoggedAndOneDeliversAZip() {
        assertThat(plans.stream().filter(p -> !p.spec().fullyLogged()).map(ProjectPlan::id)).containsExactly("birch");
        assertThat(plans.stream().filter(p -> p.spec().finals().zipped()).map(ProjectPlan::id)).containsExactly("aurora");
        ProjectPlan birch = plans.get(1);
        long logged = birch.sets().stream().filter(SetPlan::logged).count();
        assertThat((double) logged / birch.sets().size()).isBetween(0.55, 0.65);
    }

    @Test
    void finalsVaryInFormatSizeAndName() {
        for (ProjectPlan p : plans) {
            List<SetPlan> kept = p.sets().stream().filter(SetPlan::kept).toList();
            long jpeg = kept.stream().filter(s -> s.finalPlan().format() == SetPlan.Format.JPEG).count();
            long renamed = kept.stream().filter(s -> s.finalPlan().renamed()).count();
            assertThat(jpeg).as(p.id()).isEqualTo(Math.round(p.spec().finals().jpegRate() * kept.size()));
            assertThat(renamed).as(p.id()).isEqualTo(Math.round(p.spec().finals().renameRate() * kept.size()));
            assertThat(kept.stream().filter(s -> s.finalPlan().width() < (s.crop() == null ? s.winnerMember().width() : s.crop().width())))
                    .as(p.id()).isNotEmpty();
        }
    }

    @Test
    void cropRatesFollowEachProjectsContentMixUnderOneCurator() {
        double aurora = cropRate(plans.get(0)), birch = cropRate(plans.get(1)), cobalt = cropRate(plans.get(2));

        assertThat(birch).as("mostly well-framed close-ups").isBetween(0.35, 0.7);
        assertThat(aurora).isBetween(0.6, 0.9);
        assertThat(cobalt).as("mostly wide, off-centre shots").isGreaterThan(0.75);
        assertThat(birch).isLessThan(aurora);
    }

    private static double cropRate(ProjectPlan p) {
        List<SetPlan> kept = p.sets().stream().filter(SetPlan::kept).toList();
        return (double) kept.stream().filter(s -> s.crop() != null).count() / kept.size();
    }
}
