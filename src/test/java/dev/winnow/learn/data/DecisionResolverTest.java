package dev.winnow.learn.data;

import dev.winnow.domain.Decision;
import dev.winnow.domain.ImageFile;
import dev.winnow.domain.StageSet;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionResolverTest {
    private static final String A1 = "20250625_022123_stage1_generated.png";
    private static final String B15 = "20250625_022158_stage1.5_face_swapped.png";
    private static final String B2 = "20250625_022342_stage2_upscaled.png";
    private static final String B3 = "20250625_022425_stage3_enhanced.png";
    /** One catalog set (nearest-up) holding a lone stage 1 and the next generation, which starts at stage 1.5. */
    private static final StageSet SET = new StageSet(7, "p", A1, 3, List.of(file(1, A1, 1), file(2, B15, 1.5),
            file(3, B2, 2), file(4, B3, 3)));

    private final List<Decision> rows = new ArrayList<>();

    @Test
    void aSetHistoryFoundToHoldTwoKeptGenerationsIsLeftOutWithItsReasonNotCountedAsAConflict() {
        decide("log", A1, List.of());
        decide("log", B3, List.of(B15, B2));
        decide("history", A1, List.of());
        decide("history", B3, List.of(B15, B2));
        DecisionResolver resolver = new DecisionResolver(rows);
        ResolvedDecision r = resolver.resolve(SET);
        assertThat(r.chosen()).isEqualTo(-1);
        assertThat(r.unusable()).isEqualTo(DecisionResolver.SEVERAL_KEPT);
        assertThat(resolver.conflicts()).isZero();
    }

    @Test
    void historyDecisionsThatShareMembersButDisagreeStayAConflictResolvedByTheNewest() {
        decide("history", A1, List.of(B15, B2, B3));
        decide("history", B3, List.of(A1, B15, B2));
        DecisionResolver resolver = new DecisionResolver(rows);
        assertThat(resolver.resolve(SET).chosen()).isEqualTo(3);
        assertThat(resolver.conflicts()).isEqualTo(1);
    }

    @Test
    void logRowsWithoutLosersNamingDifferentWinnersAreAConflictNotASplit() {
        decide("log", A1, List.of());
        decide("log", B3, List.of());
        DecisionResolver resolver = new DecisionResolver(rows);
        assertThat(resolver.resolve(SET).unusable()).isNull();
        assertThat(resolver.conflicts()).isEqualTo(1);
    }

    @Test
    void autoAcceptedSetsAreNoLabelsUntilTheCuratorConfirmsThem() {
        decide("auto", B3, List.of(A1, B15, B2));
        assertThat(new DecisionResolver(rows).resolve(SET)).as("only the models' own answer: no label").isNull();
        decide("log", B2, List.of());
        assertThat(new DecisionResolver(rows).resolve(SET).chosen()).as("a weaker source still beats it").isEqualTo(2);
        decide("review", B3, List.of(A1, B15, B2));
        assertThat(new DecisionResolver(rows).resolve(SET).chosen()).isEqualTo(3);
    }

    private void decide(String source, String chosen, List<String> losers) {
        long id = rows.size() + 1;
        ImageFile f = SET.members().stream().filter(m -> m.name().equals(chosen)).findFirst().orElseThrow();
        rows.add(new Decision(id, "p", source, source + "-" + id, source, chosen, chosen, f.stage(), losers, "uncropped",
                null, null, 1.0, null, SET.id(), f.id(), source + ":" + id));
    }

    private static ImageFile file(long id, String name, double stage) {
        return ImageFile.at("p", name).name(name, name.replace(".png", ""), "png").file(1, 1).header(100, 146, "png")
                .stage(stage, null, name.substring(0, 15)).contentHash("h" + id).build().withId(id);
    }
}
