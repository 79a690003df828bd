package dev.winnow.store;

import java.util.List;
import java.util.Map;

/**
 * A change map stored by set content: the features of each member in stage order (an empty map for a member
 * that did not decode) and the heatmap path relative to the Winnow home (null when fewer than two decoded).
 */
public record SetChangeRow(String signature, String version, List<Map<String, Double>> features, String heatmapPath) {
}
