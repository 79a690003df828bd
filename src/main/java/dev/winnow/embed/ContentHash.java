package dev.winnow.embed;

import dev.winnow.domain.ImageFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * SHA-256 as lowercase hex: the content hash of image bytes (the JDK's SHA-256 uses the CPU's SHA instructions
 * where present and costs well under a tenth of a PNG decode), of model files, and of set signatures.
 */
public final class ContentHash {
    private ContentHash() {
    }

    public static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String ofFile(Path file) throws IOException {
        MessageDigest md = digest();
        byte[] buf = new byte[1 << 20];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * The identity of a stage set's content: a version tag and its members' hashes and stages in stage order
     * (the stage is part of it because the change features record it).
     */
    public static String signature(String version, List<String> memberHashes, List<Double> stages) {
        MessageDigest md = digest();
        md.update(version.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < memberHashes.size(); i++) {
            md.update(("\n" + memberHashes.get(i) + "@" + stages.get(i)).getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The signature of a set as stored (members' recorded hashes), or null while a member has none yet. */
    public static String setSignature(List<ImageFile> members) {
        List<String> hashes = new java.util.ArrayList<>();
        for (ImageFile f : members) {
            if (f.contentHash() == null) return null;
            hashes.add(f.contentHash());
        }
        return signature(dev.winnow.imaging.ChangeMapper.VERSION, hashes,
                members.stream().map(ImageFile::stage).toList());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
