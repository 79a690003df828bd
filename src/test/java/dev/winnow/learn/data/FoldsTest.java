package dev.winnow.learn.data;

import dev.winnow.learn.SyntheticSets;
import dev.winnow.learn.eval.EvalResult;
import dev.winnow.learn.eval.Evaluation;
import dev.winnow.learn.eval.FoldInfo;
import dev.winnow.learn.eval.Holdout;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FoldsTest {
    private final Dataset data = new SyntheticSets(8, 3).generate(List.of(
            new SyntheticSets.ProjectSpec("a", 40, 0.1), new SyntheticSets.ProjectSpec("b", 30, 0.1),
            new SyntheticSets.ProjectSpec("c", 25, 0.3)));

    @Test
    void leaveOneProjectOutNeverPutsASetOrAProjectOnBothSides() {
        List<Fold> folds = Folds.leaveOneProjectOut(data.sets());
        assertThat(folds).extracting(Fold::name).containsExactly("a", "b", "c");
        for (Fold f : folds) assertNoLeak(f, true);
        Set<Long> tested = folds.stream().flatMap(f -> f.test().stream()).map(SetExample::setId).collect(Collectors.toSet());
        assertThat(tested).hasSize(data.sets().size());
    }

    @Test
    void kFoldWithinProjectsKeepsSetsWholeAndTrainsOnTheSameProjectOnly() {
        List<Fold> folds = Folds.withinProjects(data.sets(), 5, 11);
        assertThat(folds).hasSize(15);
        for (Fold f : folds) {
            assertNoLeak(f, false);
            assertThat(projects(f.train())).isEqualTo(projects(f.test())).hasSize(1);
        }
        Set<Long> tested = new HashSet<>();
        for (Fold f : folds) for (SetExample s : f.test()) assertThat(tested.add(s.setId())).as("set tested twice").isTrue();
        assertThat(tested).hasSize(data.sets().size());
    }

    @Test
    void innerFoldsUseProjectsWhenThereAreEnoughAndSetsOtherwise() {
        for (Fold f : Folds.inner(data.sets(), 1)) assertNoLeak(f, true);
        List<SetExample> twoProjects = data.sets().stream().filter(s -> !s.projectId().equals("c")).toList();
        List<Fold> inner = Folds.inner(twoProjects, 1);
        assertThat(inner).hasSize(Folds.INNER_K);
        for (Fold f : inner) {
            assertNoLeak(f, false);
            assertThat(projects(f.test())).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void evaluationFoldsReportNoOverlapEither() {
        Dataset small = new SyntheticSets(8, 4).generate(List.of(new SyntheticSets.ProjectSpec("a", 60, 0.2),
                new SyntheticSets.ProjectSpec("b", 60, 0.2)));
        EvalResult r = new Evaluation(new LearnSettings(1, 1)).run(small, Holdout.PROJECT,
                dev.winnow.common.ProgressReporter.silent());
        assertThat(r.folds()).hasSize(2);
        for (FoldInfo f : r.folds()) {
            assertThat(f.trainProjects()).doesNotContainAnyElementsOf(f.testProjects());
            assertThat(f.trainSets() + f.testSets()).isEqualTo(120);
        }
    }

    @Test
    void leaveOneProjectOutNeedsTwoProjects() {
        List<SetExample> one = data.sets().stream().filter(s -> s.projectId().equals("a")).toList();
        assertThatThrownBy(() -> Folds.leaveOneProjectOut(one)).hasMessageContaining("at least 2 projects");
    }

    private static void assertNoLeak(Fold f, boolean byProject) {
        Set<Long> train = f.train().stream().map(SetExample::setId).collect(Collectors.toSet());
        Set<Long> test = f.test().stream().map(SetExample::setId).collect(Collectors.toSet());
        assertThat(train).as("sets on both sides of fold " + f.name()).doesNotContainAnyElementsOf(test);
        Set<Long> trainFiles = f.train().stream().flatMap(s -> s.members().stream()).map(Member::fileId).collect(Collectors.toSet());
        Set<Long> testFiles = f.test().stream().flatMap(s -> s.members().stream()).map(Member::fileId).collect(Collectors.toSet());
        assertThat(trainFiles).as("images on both sides of fold " + f.name()).doesNotContainAnyElementsOf(testFiles);
        if (byProject) assertThat(projects(f.train())).doesNotContainAnyElementsOf(projects(f.test()));
    }

    private static Set<String> projects(List<SetExample> sets) {
        return sets.stream().map(SetExample::projectId).collect(Collectors.toSet());
    }
}
