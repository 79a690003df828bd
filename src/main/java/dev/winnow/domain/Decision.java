package dev.winnow.domain;

import dev.winnow.common.CropBox;

import java.util.List;

/**
 * A curator decision about one stage set, as its source recorded it (a log row, a history run, a review): which
 * member was kept ({@code chosenName == null}: the whole set was rejected), which were rejected, and the crop.
 * {@code cropState}: uncropped, box (crop holds it), unknown (cropped, box not known), needs_review (a recovery
 * that was not sure), not_recorded (the source says nothing about cropping). {@code setId}/{@code chosenFileId}
 * are null until a scan finds the files.
 */
public record Decision(long id, String projectId, String source, String sourceRef, String kind, String setRef,
                       String chosenName, Double chosenStage, List<String> loserNames, String cropState,
                       CropBox crop, String rawJson, Double confidence, String loggedAt, Long setId,
                       Long chosenFileId, String fingerprint) {
    public Decision {
        loserNames = loserNames == null ? List.of() : List.copyOf(loserNames);
    }

    public boolean rejectsAll() {
        return chosenName == null;
    }

    /** A new decision (stored later; id 0 until then) from a source and its reference, e.g. "log", "file.csv:12". */
    public static Builder from(String projectId, String source, String sourceRef, String kind) {
        return new Builder(projectId, source, sourceRef, kind);
    }

    /** Names each of a decision's many fields as it is made; what is not given stays null (unknown, not yet bound). */
    public static final class Builder {
        private final String projectId;
        private final String source;
        private final String sourceRef;
        private final String kind;
        private String setRef;
        private String chosenName;
        private Double chosenStage;
        private List<String> loserNames = List.of();
        private String cropState;
        private CropBox crop;
        private String rawJson;
        private Double confidence;
        private String loggedAt;
        private Long setId;
        private Long chosenFileId;
        private String fingerprint;

        private Builder(String projectId, String source, String sourceRef, String kind) {
            this.projectId = projectId;
            this.source = source;
            this.sourceRef = sourceRef;
            this.kind = kind;
        }

        /** How the source names the set (its key or a member's path), when it names one. */
        public Builder setRef(String ref) {
            setRef = ref;
            return this;
        }

        /** The member kept, by name and stage; a null name rejects the whole set. */
        public Builder kept(String name, Double stage) {
            chosenName = name;
            chosenStage = stage;
            return this;
        }

        /** The members rejected in favour of the kept one. */
        public Builder losers(List<String> names) {
            loserNames = names;
            return this;
        }

        /** The crop state and, for state "box", the box. */
        public Builder crop(String state, CropBox box) {
            cropState = state;
            crop = box;
            return this;
        }

        /** What the source said, as JSON. */
        public Builder raw(String json) {
            rawJson = json;
            return this;
        }

        /** How sure the source was (1 for a log, the recovery's confidence for history). */
        public Builder confidence(Double value) {
            confidence = value;
            return this;
        }

        /** When the source recorded it. */
        public Builder loggedAt(String time) {
            loggedAt = time;
            return this;
        }

        /** The catalogued set and kept file, when already known. */
        public Builder boundTo(Long set, Long chosenFile) {
            setId = set;
            chosenFileId = chosenFile;
            return this;
        }

        /** What makes the same decision recognisable when it is imported again. */
        public Builder fingerprint(String value) {
            fingerprint = value;
            return this;
        }

        public Decision build() {
            return new Decision(0, projectId, source, sourceRef, kind, setRef, chosenName, chosenStage, loserNames,
                    cropState, crop, rawJson, confidence, loggedAt, setId, chosenFileId, fingerprint);
        }
    }
}
