package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.util.List;
import java.util.Map;

/** What one log row says, before it has a project, an identity and an id. */
record DecisionDraft(String kind, String setRef, String chosenName, Double chosenStage, List<String> loserNames,
                     String cropState, CropBox crop, String loggedAt, Map<String, Object> extras) {

    /** The box as the log gave it in pixels, or null when it gave a normalized box or none. */
    @SuppressWarnings("unchecked")
    List<Double> loggedPixels() {
        return Boolean.FALSE.equals(extras.get("loggedNormalized")) ? (List<Double>) extras.get("pixelBox") : null;
    }
}
