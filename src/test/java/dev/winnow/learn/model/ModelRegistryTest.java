package dev.winnow.learn.model;

import dev.winnow.common.Problems;
import dev.winnow.learn.data.FeatureSchema;
import dev.winnow.learn.data.LearnSettings;
import dev.winnow.learn.features.FeatureCode;
import dev.winnow.learn.fit.TreeParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModelRegistryTest {
    @TempDir
    Path home;

    private ModelMetadata metadata(String version) {
        FeatureSchema schema = new FeatureSchema("emb", 4, List.of());
        return new ModelMetadata(ModelKind.RANKER, version, "2025-11-01T00:00:00Z", schema, List.of("stage"),
                TreeParams.ranker(new LearnSettings(1, 1)), new Provenance(List.of("p"), List.of(), 10, "0123abcd", "test", "emb", 1,
                Map.of("featureCode", FeatureCode.VERSION)), Map.of("top1", 0.9), "top-1 90%", Map.of());
    }

    @Test
    void versionsCountUpAndAnUnreadableOneIsReportedNotFatal() throws Exception {
        ModelRegistry r = new ModelRegistry(home);
        r.publish(ModelKind.RANKER, dir -> write(dir.resolve("ranker.ubj")), this::metadata);
        r.publish(ModelKind.RANKER, dir -> write(dir.resolve("ranker.ubj")), this::metadata);
        Files.writeString(r.dir(ModelKind.RANKER, "v2").resolve(ModelRegistry.METADATA), "{ not json");
        Problems problems = new Problems();
        assertThat(r.list(problems)).extracting(ModelMetadata::version).containsExactly("v1");
        assertThat(problems.countsByReason()).containsEntry("unreadable model metadata", 1);
        assertThat(r.current(ModelKind.RANKER)).hasValueSatisfying(m -> assertThat(m.version()).isEqualTo("v1"));
        assertThat(r.publish(ModelKind.RANKER, dir -> write(dir.resolve("ranker.ubj")), this::metadata).version()).isEqualTo("v3");
    }

    @Test
    void aFailedWriteLeavesNoVersionBehind() throws Exception {
        ModelRegistry r = new ModelRegistry(home);
        assertThatThrownBy(() -> r.publish(ModelKind.RANKER, dir -> {
            write(dir.resolve("ranker.ubj"));
            throw new IllegalStateException("disk full");
        }, this::metadata)).hasMessageContaining("disk full");
        try (var s = Files.list(home.resolve("models").resolve("ranker"))) {
            assertThat(s.toList()).isEmpty();
        }
        assertThat(r.current(ModelKind.RANKER)).isEmpty();
    }

    private static void write(Path file) {
        try {
            Files.writeString(file, "model");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
