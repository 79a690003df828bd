package dev.winnow.history;

import dev.winnow.common.CropBox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What makes two logged decisions the same: project, set, chosen file, losers (in any order), crop and time, as
 * read, not as written. Reordered columns, other quoting, other line ends, another log file or another log format
 * saying the same thing give the same identity, so importing it again adds nothing.
 * <p>The crop is the box as the log gave it: a pixel box stays in pixels (its image size may only be learned
 * later, when the catalog knows the file, and that must not change the identity); a normalized box is rounded to
 * 1e-6; without a box, the crop state (not recorded, unknown) stands for it.
 */
final class DecisionIdentity {
    /** Prefix of identities by meaning; earlier Winnows wrote "log:" + a hash of the raw cells. */
    static final String PREFIX = "log-meaning:";
    static final String OLD_PREFIX = "log:";

    private DecisionIdentity() {
    }

    /**
     * @param loggedPixels the pixel box when the log gave one (null for a normalized box or none)
     * @param time         the time in {@link LogTime}'s stored form, or null
     */
    static String of(String project, String setRef, String chosen, List<String> losers, String cropState, CropBox box,
                     List<Double> loggedPixels, String time) {
        List<String> sortedLosers = new ArrayList<>(losers);
        sortedLosers.sort(null);
        String crop;
        if (loggedPixels != null) {
            crop = "px" + fixed(loggedPixels, 3);
        } else if (box != null) {
            crop = cropState + fixed(List.of(box.x1(), box.y1(), box.x2(), box.y2()), 6);
        } else {
            crop = cropState;
        }
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {project, nullToEmpty(setRef), nullToEmpty(chosen), String.join("\u001e", sortedLosers),
                crop, nullToEmpty(time)}) {
            sb.append(part).append('\u001f');
        }
        return PREFIX + sha256(sb.toString());
    }

    private static String fixed(List<Double> values, int decimals) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) sb.append(' ').append(String.format(Locale.ROOT, "%." + decimals + "f", v + 0.0));
        return sb.toString();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
