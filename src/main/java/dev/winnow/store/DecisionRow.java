package dev.winnow.store;

import dev.winnow.common.CropBox;

import java.util.List;

/**
 * A curator decision about one stage set: which member was kept ({@code chosenName == null}: the whole set was
 * rejected), which were rejected, and the crop. {@code cropState}: uncropped, box (crop holds it), unknown
 * (cropped, box not known), needs_review (a recovery that was not sure), not_recorded (the source says nothing
 * about cropping). {@code setId}/{@code chosenFileId} are null until a scan finds the files.
 */
public record DecisionRow(long id, String projectId, String source, String sourceRef, String kind, String setRef,
                          String chosenName, Double chosenStage, List<String> loserNames, String cropState,
                          CropBox crop, String rawJson, Double confidence, String loggedAt, Long setId,
                          Long chosenFileId, String fingerprint) {
    public DecisionRow {
        loserNames = loserNames == null ? List.of() : List.copyOf(loserNames);
    }

    public boolean rejectsAll() {
        return chosenName == null;
    }
}
