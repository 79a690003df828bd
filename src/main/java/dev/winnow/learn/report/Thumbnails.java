package dev.winnow.learn.report;

import java.util.Optional;

/** Small images for the report's examples, as data URIs so the report stays one self-contained file. */
@FunctionalInterface
public interface Thumbnails {
    Optional<String> dataUri(long fileId);

    Thumbnails NONE = fileId -> Optional.empty();
}
