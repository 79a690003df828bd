package dev.winnow.catalog;

import java.util.Locale;
import java.util.Set;

/** The image extensions Winnow catalogues; every other file is a potential companion. */
public final class ImageFormats {
    private static final Set<String> IMAGE_EXTS = Set.of("png", "jpg", "jpeg", "webp");

    private ImageFormats() {
    }

    public static boolean isImageName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 && IMAGE_EXTS.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
