package dev.winnow.learn.eval;

import java.util.List;

/** What one evaluation fold trained on and tested on, for the report (and for checking there is no overlap). */
public record FoldInfo(String name, List<String> trainProjects, int trainSets, List<String> testProjects, int testSets,
                       List<String> notes) {
}
