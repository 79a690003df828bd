package dev.winnow.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a file name says: {@code YYYYMMDD_HHMMSS_<stage>.<ext>}. The time and stage are optional so that
 * files with other names are still catalogued (as singles, with a problem noted).
 */
public record ImageName(String name, String stem, String ext, String time, Stage stage) {
    private static final Pattern TIME = Pattern.compile("^(\\d{8}_\\d{6})_");

    public static ImageName parse(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String ext = dot > 0 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        Matcher m = TIME.matcher(stem);
        String time = m.find() ? m.group(1) : null;
        return new ImageName(fileName, stem, ext, time, Stage.fromStem(stem));
    }

    public boolean wellFormed() {
        return time != null && stage.known();
    }

    /** Why the name does not follow the convention, if it does not. */
    public Optional<String> problem() {
        if (time == null && !stage.known()) return Optional.of("name has neither YYYYMMDD_HHMMSS prefix nor a known stage");
        if (time == null) return Optional.of("name has no YYYYMMDD_HHMMSS prefix");
        if (!stage.known()) return Optional.of("name has no known stage (stage1_generated, stage1.5_face_swapped, stage2_upscaled, stage3*)");
        return Optional.empty();
    }
}
