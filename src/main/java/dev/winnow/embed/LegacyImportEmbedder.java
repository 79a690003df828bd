package dev.winnow.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.common.Jackson;
import dev.winnow.domain.ImageFile;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Reuses the old tool's embedding cache instead of computing: {@code processed_images.jsonl} (one JSON object per
 * line with {@code image_path} and {@code embedding_file}) and one {@code .npy} per image. An image is matched by
 * content hash when the line carries a SHA-256 of the bytes ({@code sha256}, {@code content_hash}, or a 64-hex
 * {@code hash}; the old tool's 16-hex {@code hash} is a hash of the path and is ignored), else by file name within
 * the project: when several lines share the name, the one whose path contains the project id as a folder wins,
 * and if that does not decide, the image is reported as ambiguous rather than guessed. Vectors are kept exactly as
 * stored (not normalized). The id is {@code import:<name>}.
 */
public final class LegacyImportEmbedder implements Embedder {
    public static final String INDEX_NAME = "processed_images.jsonl";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    record Entry(String imagePath, String name, String embeddingFile, String contentHash) {
    }

    private final Path index;
    private final String id;
    private final String projectId;
    private final Map<String, List<Entry>> byName = new HashMap<>();
    private final Map<String, Entry> byHash = new HashMap<>();
    private final AtomicInteger dimension = new AtomicInteger(-1);
    private final int lines;
    private final int badLines;

    public LegacyImportEmbedder(Path source, String name, String projectId) throws IOException {
        this.index = Files.isDirectory(source) ? source.resolve(INDEX_NAME) : source;
        if (!Files.isRegularFile(index)) throw new IOException("no " + INDEX_NAME + " at " + source);
        this.id = "import:" + name;
        this.projectId = projectId;
        ObjectMapper json = Jackson.mapper();
        int n = 0, bad = 0;
        try (BufferedReader r = Files.newBufferedReader(index, StandardCharsets.UTF_8)) {
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                n++;
                Entry e = parse(json, line);
                if (e == null) {
                    bad++;
                    continue;
                }
                byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).add(e);
                if (e.contentHash() != null) byHash.put(e.contentHash(), e);
            }
        }
        this.lines = n;
        this.badLines = bad;
    }

    private static Entry parse(ObjectMapper json, String line) {
        try {
            JsonNode j = json.readTree(line);
            String image = j.path("image_path").asText(null);
            String npy = j.path("embedding_file").asText(null);
            if (image == null || npy == null) return null;
            String hash = null;
            for (String field : List.of("sha256", "content_hash", "hash")) {
                String v = j.path(field).asText("").toLowerCase(Locale.ROOT);
                if (SHA256.matcher(v).matches()) {
                    hash = v;
                    break;
                }
            }
            String normalized = image.replace('\\', '/');
            return new Entry(normalized, normalized.substring(normalized.lastIndexOf('/') + 1), npy, hash);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Map<String, Object> spec() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "import");
        m.put("index", index.toAbsolutePath().toString());
        m.put("entries", lines);
        m.put("unreadableLines", badLines);
        m.put("normalized", false);
        return m;
    }

    @Override
    public boolean needsPixels() {
        return false;
    }

    @Override
    public boolean covers(ImageFile file, String contentHash) {
        return (contentHash != null && byHash.containsKey(contentHash)) || byName.containsKey(file.name());
    }

    @Override
    public float[] embed(EmbedInput input) throws EmbedException {
        Entry e = input.contentHash() == null ? null : byHash.get(input.contentHash());
        if (e == null) e = byName(input.file().name());
        Path npy = locate(e.embeddingFile());
        if (npy == null) throw new EmbedException("npy-missing", e.embeddingFile() + " not found near " + index.getParent());
        float[] v;
        try {
            v = NpyReader.read(npy);
        } catch (IOException ex) {
            throw new EmbedException("npy-unreadable", ex.getMessage());
        }
        if (v.length == 0) throw new EmbedException("npy-unreadable", npy + " holds no values");
        if (!dimension.compareAndSet(-1, v.length) && dimension.get() != v.length) {
            throw new EmbedException("dimension-mismatch", npy.getFileName() + " has " + v.length
                    + " values, the other imported vectors " + dimension.get());
        }
        return v;
    }

    private Entry byName(String name) throws EmbedException {
        List<Entry> all = byName.get(name);
        if (all == null) throw new EmbedException("not-in-import", name + " is not in " + index.getFileName());
        if (all.size() == 1) return all.get(0);
        List<Entry> inProject = new ArrayList<>();
        for (Entry e : all) {
            if (("/" + e.imagePath().toLowerCase(Locale.ROOT) + "/").contains("/" + projectId.toLowerCase(Locale.ROOT) + "/")) {
                inProject.add(e);
            }
        }
        if (inProject.size() == 1) return inProject.get(0);
        throw new EmbedException("ambiguous-name", all.size() + " entries named " + name + " and "
                + (inProject.isEmpty() ? "none" : inProject.size()) + " under a folder named " + projectId);
    }

    /** The old cache stored paths relative to its workspace root; try the likely anchors. */
    private Path locate(String embeddingFile) {
        Path p = Path.of(embeddingFile);
        if (p.isAbsolute() && Files.isRegularFile(p)) return p;
        Path dir = index.toAbsolutePath().getParent();
        for (Path anchor = dir; anchor != null; anchor = anchor.getParent()) {
            Path c = anchor.resolve(embeddingFile);
            if (Files.isRegularFile(c)) return c;
        }
        Path base = p.getFileName();
        for (Path c : List.of(dir.resolve("embeddings").resolve(base), dir.resolve(base))) {
            if (Files.isRegularFile(c)) return c;
        }
        return null;
    }
}
