package dev.winnow.embed;

import dev.winnow.domain.ImageFile;
import dev.winnow.store.EmbeddingRepository;
import dev.winnow.store.FileRepository;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class LegacyImportTest extends FixtureTest {
    /** A .npy file: version 1 header padded to 64 bytes, then the values in the given dtype. */
    static byte[] npy(String descr, String shape, float[] values) {
        String header = "{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }";
        int pad = 64 - (10 + header.length() + 1) % 64;
        header = header + " ".repeat(pad == 64 ? 0 : pad) + "\n";
        int width = Integer.parseInt(descr.substring(2));
        ByteBuffer b = ByteBuffer.allocate(10 + header.length() + values.length * width);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0});
        b.order(ByteOrder.LITTLE_ENDIAN).putShort((short) header.length());
        b.put(header.getBytes(StandardCharsets.ISO_8859_1));
        b.order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            switch (width) {
                case 2 -> b.putShort(floatToHalf(v));
                case 4 -> b.putFloat(v);
                default -> b.putDouble(v);
            }
        }
        return b.array();
    }

    /** Exact for the test values (small dyadic fractions). */
    static short floatToHalf(float f) {
        int bits = Float.floatToIntBits(f);
        int sign = (bits >>> 16) & 0x8000;
        int exp = ((bits >>> 23) & 0xff) - 127 + 15;
        int mant = (bits >>> 13) & 0x3ff;
        if (f == 0) return (short) sign;
        return (short) (sign | (exp << 10) | mant);
    }

    @Test
    void npyReaderReadsFloat16And32And64InBothByteOrders() throws Exception {
        float[] v = {0.5f, -1.25f, 3.0f, 0.0f, 65504f / 1024};
        for (String d : List.of("<f4", ">f4", "<f2", ">f2", "<f8", ">f8")) {
            float[] got = NpyReader.parse(npy(d, "(5,)", v), d);
            assertThat(got).as(d).containsExactly(v, within(1e-6f));
        }
        assertThat(NpyReader.parse(npy("<f4", "(1, 5)", v), "2d")).hasSize(5);
    }

    @Test
    void npyReaderRefusesOtherDtypesAndShortFiles() {
        assertThatThrownBy(() -> NpyReader.parse(npy("<i4", "(2,)", new float[] {1, 2}), "ints"))
                .hasMessageContaining("is not float16/32/64");
        byte[] full = npy("<f4", "(5,)", new float[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> NpyReader.parse(java.util.Arrays.copyOf(full, full.length - 4), "cut"))
                .hasMessageContaining("header says 5");
    }

    @Test
    void halfPrecisionSpecialValuesConvert() {
        assertThat(NpyReader.halfToFloat((short) 0x3c00)).isEqualTo(1f);
        assertThat(NpyReader.halfToFloat((short) 0xc000)).isEqualTo(-2f);
        assertThat(NpyReader.halfToFloat((short) 0x0001)).isEqualTo((float) Math.pow(2, -24));
        assertThat(NpyReader.halfToFloat((short) 0x7c00)).isInfinite();
    }

    @Test
    void oldCacheIsImportedByFileNameWithinTheProjectAndByContentHash() throws Exception {
        fixture(2, 1);
        Path cache = Files.createDirectories(tmp.resolve("old/data/ai_data/cache"));
        Files.createDirectories(tmp.resolve("old/data/ai_data/embeddings"));
        List<String> lines = new ArrayList<>();
        List<ImageFile> files = new FileRepository(fx.store).present(ProjectFixture.ID);
        String[] dtypes = {"<f4", ">f2", "<f2", ">f4", "<f8", "<f4", ">f4"};
        for (int i = 0; i < files.size(); i++) {
            ImageFile f = files.get(i);
            String npyRel = "data/ai_data/embeddings/" + Integer.toHexString(1000 + i) + ".npy";
            Files.write(tmp.resolve("old").resolve(npyRel), npy(dtypes[i], "(4,)", new float[] {i, 0.5f, -0.25f, 1}));
            if (i == 0) {
                // Matched by content hash, under a name that no longer exists.
                String hash = ContentHash.of(Files.readAllBytes(fx.root.resolve(f.relPath())));
                lines.add("{\"image_path\": \"old/elsewhere/renamed.png\", \"embedding_file\": \"" + npyRel
                        + "\", \"sha256\": \"" + hash + "\"}");
            } else if (i == 1) {
                // Two projects used the same name: the one under a folder named like the project wins.
                lines.add("{\"image_path\": \"training data/other/" + f.name() + "\", \"embedding_file\": \"nope.npy\", \"hash\": \"0123456789abcdef\"}");
                lines.add("{\"image_path\": \"training data/p1/" + f.name() + "\", \"embedding_file\": \"" + npyRel + "\", \"hash\": \"0123456789abcdef\"}");
            } else if (i < files.size() - 1) {
                lines.add("{\"image_path\": \"mojo/" + f.name() + "\", \"embedding_file\": \"" + npyRel + "\", \"hash\": \"abcdef0123456789\"}");
            }
        }
        lines.add("not json");
        Files.write(cache.resolve(LegacyImportEmbedder.INDEX_NAME), lines);

        try (Embedder imp = Embedders.open("import:" + cache, new Embedders.Options(null, null, null, null, "clip-b32", ProjectFixture.ID, 2))) {
            assertThat(imp.id()).isEqualTo("import:clip-b32");
            EmbedReport r = fx.embed(imp, 2, StopSignal.never());
            assertThat(r.failed()).isZero();
            Map<Long, float[]> got = new EmbeddingRepository(fx.store).vectorsForProject(ProjectFixture.ID, imp.id());
            assertThat(got).hasSize(files.size() - 1);
            for (int i = 0; i < files.size() - 1; i++) {
                assertThat(got.get(files.get(i).id())).containsExactly(new float[] {i, 0.5f, -0.25f, 1}, within(1e-6f));
            }
            assertThat(got).doesNotContainKey(files.get(files.size() - 1).id());
        }
    }
}
