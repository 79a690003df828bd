package dev.winnow.learn;

import dev.winnow.learn.data.ProjectStats;
import dev.winnow.learn.model.ModelMetadata;

import java.util.List;

/** What `winnow train` did: the data it used (per project), the model versions it wrote, what it skipped. */
public record TrainReport(List<ProjectStats> projects, int sets, List<ModelMetadata> models, List<String> notes,
                          double seconds) {
}
