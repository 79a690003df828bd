package dev.winnow.learn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
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
    public static final List<String> KINDS = List.of(RankerModel.KIND, AnomalyModel.KIND, CropModel.KIND);
    static final String METADATA = "metadata.json";
    private static final Pattern VERSION = Pattern.compile("v(\\d+)");

    private final Path root;

    public ModelRegistry(Path home) {
        this.root = home.resolve("models");
    }

    /** Writes a new version of a kind: {@code writer} fills the folder, then metadata (with the version) is added. */
    ModelMetadata publish(String kind, Consumer<Path> writer, Function<String, ModelMetadata> metadata) {
        Path kindDir = root.resolve(kind);
        try {
            Files.createDirectories(kindDir);
            String version = "v" + (versions(kind).stream().mapToInt(ModelRegistry::number).max().orElse(0) + 1);
            Path tmp = Files.createTempDirectory(kindDir, "." + version + "-");
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
            throw new UncheckedIOException("cannot write the " + kind + " model under " + kindDir, e);
        }
    }

    public List<ModelMetadata> list() {
        List<ModelMetadata> out = new ArrayList<>();
        for (String kind : KINDS) for (String v : versions(kind)) out.add(metadata(kind, v));
        return out;
    }

    public Optional<ModelMetadata> current(String kind) {
        return versions(kind).stream().max(Comparator.comparingInt(ModelRegistry::number)).map(v -> metadata(kind, v));
    }

    public Path dir(String kind, String version) {
        return root.resolve(kind).resolve(version);
    }

    ModelMetadata metadata(String kind, String version) {
        return JsonFiles.read(dir(kind, version).resolve(METADATA), ModelMetadata.class);
    }

    private List<String> versions(String kind) {
        Path kindDir = root.resolve(kind);
        if (!Files.isDirectory(kindDir)) return List.of();
        try (Stream<Path> s = Files.list(kindDir)) {
            return s.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .filter(p -> Files.isRegularFile(p.resolve(METADATA)))
                    .map(p -> p.getFileName().toString())
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
