package dev.winnow.embed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens an embedder by name: {@code pixels} (default, no weights), {@code onnx:PATH} (a Hugging Face style
 * folder or a single .onnx file) or {@code import:PATH} (the old tool's cache). Nothing is ever downloaded.
 */
public final class Embedders {
    /** Options that only some embedders use; null means "not given". */
    public record Options(Integer imageSize, Integer crop, float[] mean, float[] std, String importName,
                          String projectId, int workers) {
        public static Options defaults(String projectId, int workers) {
            return new Options(null, null, null, null, null, projectId, workers);
        }
    }

    private static final List<String> MODEL_CANDIDATES = List.of("onnx/vision_model.onnx", "vision_model.onnx",
            "onnx/model.onnx", "model.onnx");
    static final String PREPROCESSOR_CONFIG = "preprocessor_config.json";

    private Embedders() {
    }

    public static Embedder open(String name, Options o) throws IOException {
        if (name == null || name.equals("pixels") || name.equals(PixelEmbedder.ID)) return new PixelEmbedder();
        if (name.startsWith("onnx:")) return onnx(Path.of(name.substring(5)), o);
        if (name.startsWith("import:")) {
            String label = o.importName() == null ? "legacy" : o.importName();
            return new LegacyImportEmbedder(Path.of(name.substring(7)), label, o.projectId());
        }
        throw new IllegalArgumentException("unknown embedder '" + name + "': use pixels, onnx:PATH or import:PATH");
    }

    static OnnxEmbedder onnx(Path path, Options o) throws IOException {
        Path model = path;
        Path configDir = path;
        if (Files.isDirectory(path)) {
            model = MODEL_CANDIDATES.stream().map(path::resolve).filter(Files::isRegularFile).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no ONNX model in " + path + " (looked for "
                            + String.join(", ", MODEL_CANDIDATES) + ")"));
        } else if (Files.isRegularFile(path)) {
            configDir = path.toAbsolutePath().getParent();
            if (!Files.exists(configDir.resolve(PREPROCESSOR_CONFIG)) && configDir.getParent() != null) {
                configDir = configDir.getParent();
            }
        } else {
            throw new IllegalArgumentException("ONNX model not found: " + path);
        }
        OnnxPreprocessing prep = preprocessing(configDir.resolve(PREPROCESSOR_CONFIG), o);
        int cores = Runtime.getRuntime().availableProcessors();
        return new OnnxEmbedder(model, ContentHash.ofFile(model), prep, Math.max(1, cores / Math.max(1, o.workers())));
    }

    /** Flags win over the folder's preprocessor_config.json; with neither, the model's input size decides (null). */
    private static OnnxPreprocessing preprocessing(Path config, Options o) throws IOException {
        if (o.imageSize() != null || o.crop() != null) {
            int size = o.imageSize() != null ? o.imageSize() : o.crop();
            return OnnxPreprocessing.square(size, o.crop() != null ? o.crop() : size, o.mean(), o.std());
        }
        if (Files.isRegularFile(config)) {
            OnnxPreprocessing p = OnnxPreprocessing.fromHuggingFace(config);
            if (o.mean() == null && o.std() == null) return p;
            return new OnnxPreprocessing(p.shortestEdge(), p.resizeWidth(), p.resizeHeight(), p.cropWidth(),
                    p.cropHeight(), p.rescale(), o.mean() != null ? o.mean() : p.mean(), o.std() != null ? o.std() : p.std());
        }
        if (o.mean() != null || o.std() != null) {
            throw new IllegalArgumentException("--mean/--std need --image-size (no " + PREPROCESSOR_CONFIG + " found)");
        }
        return null;
    }
}
