package dev.winnow.store;

import dev.winnow.common.CropBox;
import dev.winnow.domain.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RepositoryRoundTripTest {
    @TempDir
    Path home;

    @Test
    void decisionsAreIdempotentByFingerprintAndKeepTheirCrop() {
        try (Store s = Store.open(home)) {
            DecisionRepository repo = new DecisionRepository(s);
            Decision d = new Decision(0, "p", "log", "log.csv:2", "select_crop", "g1", "a.png", 2.0,
                    List.of("b.png"), "box", new CropBox(0.1, 0, 0.9, 0.8), "{}", null, "2025-10-05T03:25:40Z", null, null, "fp1");
            assertThat(repo.insert(d)).isTrue();
            assertThat(repo.insert(d)).isFalse();
            Decision back = repo.forProject("p").get(0);
            assertThat(back.crop()).isEqualTo(new CropBox(0.1, 0, 0.9, 0.8));
            assertThat(back.loserNames()).containsExactly("b.png");
            assertThat(repo.countsBySource("p")).containsEntry("log", 1L);
        }
    }

    @Test
    void embeddingsRoundTripAndAreKeyedByEmbedder() {
        try (Store s = Store.open(home)) {
            EmbeddingRepository repo = new EmbeddingRepository(s);
            repo.save("h1", "pixels/v1", new float[] {1.5f, -2f});
            assertThat(repo.find("h1", "pixels/v1")).hasValueSatisfying(v -> assertThat(v).containsExactly(1.5f, -2f));
            assertThat(repo.find("h1", "onnx:abc")).isEmpty();
        }
    }

    @Test
    void contentStatsRoundTrip() {
        try (Store s = Store.open(home)) {
            ContentRepository repo = new ContentRepository(s);
            repo.save(new ContentRow("h", 10, 20, -5L, "cache/thumbs/h.jpg", Map.of("mean", 0.5), null));
            assertThat(repo.find("h")).hasValueSatisfying(r -> {
                assertThat(r.phash()).isEqualTo(-5L);
                assertThat(r.stats()).containsEntry("mean", 0.5);
            });
        }
    }
}
