package dev.winnow.learn.model;

import dev.winnow.common.Problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Models on disk: {@code <home>/models/<kind>/v<N>/} with the model files and metadata.json. A new version is
 * written into a hidden folder and renamed into place, so a half-written model is never listed. The current
 * model of a kind is its newest version.
 */
public final class ModelRegistry {
    static final String METADATA = "metadata.json";
    private static final Pattern VERSION = Pattern.compile("v(\\d+)");

    private final Path root;

    public ModelRegistry(Path home) {
        this.root = home.resolve("models");
    }

    /**
     * Writes a new version of a kind: {@code writer} fills a hidden folder, metadata (with the version) is added,
     * then the folder is renamed into place; a failed write leaves nothing behind.
     */
    public ModelMetadata publish(ModelKind kind, Consumer<Path> writer, Function<String, ModelMetadata> metadata) {
        Path kindDir = root.resolve(kind.id());
        Path tmp = null;
        try {
            Files.createDirectories(kindDir);
            String version = "v" + (versionDirs(kind).stream().mapToInt(ModelRegistry::number).max().orElse(0) + 1);
            tmp = Files.createTempDirectory(kindDir, "." + version + "-");
            writer.accept(tmp);
            ModelMetadata m = metadata.apply(version);
            JsonFiles.write(tmp.resolve(METADATA), m);
            try {
                Files.move(tmp, kindDir.resolve(version), StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, kindDir.resolve(version));
            }
            return m;
        } catch (IOException e) {
            Folders.deleteTree(tmp);
            throw new UncheckedIOException("cannot write the " + kind + " model under " + kindDir, e);
        } catch (RuntimeException e) {
            Folders.deleteTree(tmp);
            throw e;
        }
    }

    /** Every readable model version; an unreadable one is reported in {@code problems} and skipped. */
    public List<ModelMetadata> list(Problems problems) {
        List<ModelMetadata> out = new ArrayList<>();
        for (ModelKind kind : ModelKind.values()) {
            for (String v : versionDirs(kind)) readable(kind, v, problems).ifPresent(out::add);
        }
        return out;
    }

    /** The newest readable version of a kind. */
    public Optional<ModelMetadata> current(ModelKind kind) {
        List<String> dirs = new ArrayList<>(versionDirs(kind));
        Collections.reverse(dirs);
        for (String v : dirs) {
            Optional<ModelMetadata> m = readable(kind, v, new Problems());
            if (m.isPresent()) return m;
        }
        return Optional.empty();
    }

    public Path dir(ModelKind kind, String version) {
        return root.resolve(kind.id()).resolve(version);
    }

    private Optional<ModelMetadata> readable(ModelKind kind, String version, Problems problems) {
        Path file = dir(kind, version).resolve(METADATA);
        try {
            return Optional.of(JsonFiles.read(file, ModelMetadata.class));
        } catch (UncheckedIOException e) {
            problems.add(file.toString(), "unreadable model metadata", e.getMessage());
            return Optional.empty();
        }
    }

    /** Version folders of a kind, oldest first. */
    private List<String> versionDirs(ModelKind kind) {
        Path kindDir = root.resolve(kind.id());
        if (!Files.isDirectory(kindDir)) return List.of();
        try (Stream<Path> s = Files.list(kindDir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> VERSION.matcher(n).matches())
                    .sorted(Comparator.comparingInt(ModelRegistry::number)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + kindDir, e);
        }
    }

    private static int number(String version) {
        Matcher m = VERSION.matcher(version);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }
}
