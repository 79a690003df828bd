package dev.winnow.learn.model;

import dev.winnow.common.CropBox;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.SetExample;
import dev.winnow.learn.features.FeatureCode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A name for exactly the labelled examples a model learned from: SHA-256 over the feature-code version, the
 * feature schema (embedder, dimension, change features) and every set, in the order of project and set id, with
 * its label (the kept member and the crop). Two trainings on the same data give the same fingerprint whatever the
 * seed or the order the sets came in; one set more or less, one label changed, another embedder or feature code
 * give another.
 */
public final class DataFingerprint {
    private DataFingerprint() {
    }

    public static String of(List<SetExample> sets, FeatureSchema schema) {
        StringBuilder text = new StringBuilder()
                .append("features ").append(FeatureCode.VERSION).append('\n')
                .append("schema ").append(schema.embedderId()).append(' ').append(schema.embeddingDim())
                .append(' ').append(String.join(",", schema.changeNames())).append('\n');
        sets.stream().sorted(Comparator.comparing(SetExample::projectId).thenComparingLong(SetExample::setId))
                .forEach(s -> text.append(s.projectId()).append('\t').append(s.setId()).append('\t').append(s.chosen())
                        .append('\t').append(crop(s.crop())).append('\n'));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    private static String crop(CropBox b) {
        return b == null ? "-" : b.x1() + "," + b.y1() + "," + b.x2() + "," + b.y2();
    }
}
