package dev.winnow.learn.report;

import dev.winnow.store.ContentRepository;
import dev.winnow.store.Store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Thumbnails the decode pass stored under the Winnow home; a missing one just leaves the example without a picture. */
public final class StoreThumbnails implements Thumbnails {
    private final ContentRepository content;
    private final Path home;

    public StoreThumbnails(Store store, Path home) {
        this.content = new ContentRepository(store);
        this.home = home;
    }

    @Override
    public Optional<String> dataUri(long fileId) {
        return content.forFile(fileId).map(c -> c.thumbPath()).filter(p -> p != null && !p.isBlank())
                .map(home::resolve).filter(Files::isRegularFile).flatMap(StoreThumbnails::encode);
    }

    private static Optional<String> encode(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String mime = name.endsWith(".png") ? "image/png" : name.endsWith(".webp") ? "image/webp" : "image/jpeg";
        try {
            return Optional.of("data:" + mime + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
