package dev.winnow.imaging;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/** The change features of each set member (in the order given) and the set's heatmap for the reviewer. */
public record ChangeMap(List<Map<String, Double>> features, BufferedImage heatmap) {
}
