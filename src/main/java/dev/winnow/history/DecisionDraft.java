package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.util.List;
import java.util.Map;

/** What one log row says, before it has a project, a fingerprint and an id. */
record DecisionDraft(String kind, String setRef, String chosenName, Double chosenStage, List<String> loserNames,
                     String cropState, CropBox crop, String loggedAt, Map<String, Object> extras) {
}
