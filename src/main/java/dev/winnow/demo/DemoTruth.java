package dev.winnow.demo;

import dev.winnow.common.Jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The hidden ground truth of one demo project, for tests and for judging recovery - never for training.
 * Boxes are normalized {x1, y1, x2, y2}: crops in the winner's coordinates, artifact regions in the coordinates
 * of every file they affect.
 *
 * @param logCoverage "all" or a sentence saying which sets the logs miss
 * @param finalsZip path of the finals zip relative to the demo root, or null
 */
public record DemoTruth(String project, int generatorVersion, long seed, boolean fullyLogged, String logCoverage,
                        int setCount, int loggedSets, String finalsZip, List<TruthSet> sets, List<TruthFile> strays) {

    /** @param stage 1, 1.5, 2, 3, or 0 for an unknown stage */
    public record TruthFile(String name, double stage, int width, int height, List<String> companions) {
    }

    /**
     * @param winner kept file name, or null when the curator rejected the whole set
     * @param logged curated while logging ran: a kept set then has a select-crop row (and a selection row when it
     *               had rejected members); rejected-all sets never leave a row, as with the real tools
     * @param crop normalized crop box in the winner's coordinates, or null when not cropped
     */
    public record TruthSet(String setId, long sceneSeed, boolean faceSwapped, List<TruthFile> members, String winner,
                           boolean logged, boolean anomaly, TruthArtifact artifact, double[] crop,
                           TruthFinal finalImage) {
    }

    /** @param files the member files that carry the artifact (the broken stage and any stage made from it) */
    public record TruthArtifact(String kind, double[] region, List<String> files) {
    }

    /** @param scale final width over the (cropped) winner width */
    public record TruthFinal(String name, String format, int width, int height, double scale, boolean renamed,
                             List<String> companions) {
    }

    public static DemoTruth read(Path file) {
        try {
            return Jackson.mapper().readValue(file.toFile(), DemoTruth.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read demo truth " + file, e);
        }
    }

    void write(Path file) {
        try {
            Jackson.pretty().writeValue(file.toFile(), this);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write demo truth " + file, e);
        }
    }
}
