package dev.winnow.learn.model;

import dev.winnow.common.Jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes the JSON beside models and reports; non-finite numbers are allowed (NaN = not measurable). */
public final class JsonFiles {
    private JsonFiles() {
    }

    public static void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            Jackson.pretty().writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static <T> T read(Path file, Class<T> type) {
        try {
            return Jackson.lenient().forType(type).readValue(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
