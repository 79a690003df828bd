package dev.winnow.learn;

import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.model.ModelMetadata;

import java.util.List;

/** What `winnow train` did: the data it used (per project), the model versions it wrote, what it skipped. */
public record TrainReport(List<ProjectStats> projects, int sets, List<ModelMetadata> models, List<String> notes,
                          double seconds) {
    /** Notes that say a model was not trained (the others only inform). */
    public static final String NOT_TRAINED = " not trained: ";

    /** How many of the kinds tried were not trained. */
    public int skipped() {
        return (int) notes.stream().filter(n -> n.contains(NOT_TRAINED)).count();
    }
}
