package dev.winnow.demo;

import com.fasterxml.jackson.databind.JsonNode;
import dev.winnow.common.Jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Marks a demo folder: a "started" file written first (so a half-written folder is known to be ours) and a
 * "complete" file with the config hash written last. Only a folder that is empty or carries one of these marks
 * is ever cleared.
 */
final class GenerationMarker {
    static final String STARTED = "demo-started.json";
    static final String COMPLETE = "demo-complete.json";

    private final Path root;
    private final DemoConfig cfg;
    private final String hash;

    GenerationMarker(Path root, DemoConfig cfg) {
        this.root = root;
        this.cfg = cfg;
        this.hash = hash(cfg);
    }

    boolean complete() {
        Path marker = root.resolve(COMPLETE);
        if (!Files.isRegularFile(marker)) return false;
        try {
            JsonNode node = Jackson.mapper().readTree(marker.toFile());
            return hash.equals(node.path("configHash").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /** Makes the folder ours and empty of any earlier generation, then writes the "started" mark. */
    void claim() {
        try {
            if (Files.isDirectory(root)) {
                boolean ours = Files.exists(root.resolve(STARTED)) || Files.exists(root.resolve(COMPLETE));
                if (!ours && !isEmpty(root)) {
                    throw new IllegalArgumentException(root + " is not empty and holds no Winnow demo; refusing to write"
                            + " into it. Choose an empty or new folder.");
                }
                Files.deleteIfExists(root.resolve(COMPLETE));
                for (String folder : DemoLayout.ownedFolders()) deleteTree(root.resolve(folder));
            }
            Files.createDirectories(root);
            writeAtomically(root.resolve(STARTED), content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare demo folder " + root, e);
        }
    }

    void markComplete() {
        try {
            writeAtomically(root.resolve(COMPLETE), content());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark demo folder complete " + root, e);
        }
    }

    private String content() throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("configHash", hash);
        m.put("generatorVersion", DemoGenerator.GENERATOR_VERSION);
        m.put("config", cfg);
        return Jackson.pretty().writeValueAsString(m);
    }

    static String hash(DemoConfig cfg) {
        try {
            String text = DemoGenerator.GENERATOR_VERSION + "\n" + Jackson.mapper().writeValueAsString(cfg);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash demo config", e);
        }
    }

    private void writeAtomically(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
