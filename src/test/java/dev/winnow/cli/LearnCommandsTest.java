package dev.winnow.cli;

import dev.winnow.learn.SyntheticSets;
import dev.winnow.store.Store;
import dev.winnow.testing.LearnStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LearnCommandsTest {
    @TempDir
    Path tmp;

    /** A home whose store holds the synthetic projects' files, sets, embeddings, change features and decisions. */
    private CliRunner home(String embedder, SyntheticSets.ProjectSpec... projects) {
        Path home = tmp.resolve("home");
        try (Store store = Store.open(home)) {
            LearnStore.load(store, new SyntheticSets(8, 2, projects.length).generate(List.of(projects)), embedder);
        }
        return new CliRunner(home);
    }

    @Test
    void trainModelsPredictStatusAndEvalWorkEndToEndWithOneJsonObjectEach() throws Exception {
        CliRunner cli = home("emb/v1", new SyntheticSets.ProjectSpec("a", 70, 0.2), new SyntheticSets.ProjectSpec("b", 70, 0.3));
        CliRunner.Run empty = cli.run("--json", "models");
        assertThat(empty.exit()).isZero();
        assertThat(empty.json().path("models")).isEmpty();

        CliRunner.Run train = cli.run("--json", "train", "--threads", "1");
        assertThat(train.exit()).as(train.err()).isZero();
        assertThat(train.json().path("models")).hasSize(3);
        assertThat(train.err()).contains("ranker", "highest stage", "base rate", "bucket median box");

        CliRunner.Run models = cli.run("--json", "models");
        assertThat(models.json().path("models")).allSatisfy(m -> assertThat(m.path("current").asBoolean()).isTrue());
        assertThat(models.json().path("models")).allSatisfy(m -> {
            assertThat(m.path("dataFingerprint").asText()).matches("[0-9a-f]{64}");
            assertThat(m.path("environment").path("commit").asText()).isNotEmpty();
        });
        String rankerData = models.json().path("models").get(0).path("dataFingerprint").asText();
        assertThat(models.err()).contains("(data " + rankerData.substring(0, 12) + ")", "xgboost4j");

        CliRunner.Run predict = cli.run("--json", "predict", "a");
        assertThat(predict.exit()).as(predict.err()).isZero();
        assertThat(predict.json().path("predicted").asInt()).isEqualTo(70);
        assertThat(predict.json().path("prior").path("source").asText()).contains("reviewed sets");

        CliRunner.Run status = cli.run("--json", "status");
        assertThat(status.json().path("projects").get(0).path("predicted").asInt()).isEqualTo(70);
        assertThat(status.json().path("projects").get(0).path("decisions").path("log").asInt()).isEqualTo(70);
        assertThat(status.json().path("models")).hasSize(3);

        CliRunner.Run eval = cli.run("--json", "eval", "--holdout", "kfold", "--threads", "1");
        assertThat(eval.exit()).as(eval.err()).isZero();
        assertThat(Path.of(eval.json().path("reportHtml").asText())).isRegularFile();
        assertThat(eval.json().path("result").path("holdout").asText()).contains("k-fold");
        assertThat(eval.err()).contains("pick top-1, anomaly sets", "highest stage", "random");
    }

    @Test
    void predictRefusesModelsOfAnotherEmbedderWithAClearMessage() throws Exception {
        CliRunner cli = home("emb/v1", new SyntheticSets.ProjectSpec("a", 60, 0.2), new SyntheticSets.ProjectSpec("b", 60, 0.2));
        try (Store store = Store.open(tmp.resolve("home"))) {
            LearnStore.load(store, new SyntheticSets(8, 0, 7).generate(List.of(new SyntheticSets.ProjectSpec("c", 30, 0.2))),
                    "emb/v2");
        }
        assertThat(cli.run("train", "a", "b", "--embedder", "emb/v1", "--threads", "1").exit()).isZero();
        CliRunner.Run refused = cli.run("--json", "predict", "c");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.json().path("error").asText()).contains("refused", "emb/v1", "emb/v2");
        CliRunner.Run ambiguous = cli.run("--json", "train");
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.json().path("error").asText()).contains("--embedder");
    }

    @Test
    void realLogEvalReportsBadRowsWithExitCodeOne() throws Exception {
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Files.writeString(logs.resolve("select_crop_log.csv"), String.join("\n",
                "session_id,set_id,directory,image_count,chosen_index,chosen_path,crop_x1,crop_y1,crop_x2,crop_y2,timestamp,image_0_path,image_0_stage,width_0,height_0",
                "s,a,d,1,0,x.png,0,66,1787,1853,2025-10-08T18:47:32Z,x.png,stage3_enhanced,3072,3072",
                "s,b,d,1,0,x.png,0,66,oops,1853,2025-10-08T18:47:32Z,x.png,stage3_enhanced,3072,3072") + "\n");
        CliRunner.Run r = new CliRunner(tmp.resolve("home")).run("--json", "eval", "--real-logs", logs.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.json().path("result").path("rows").asInt()).isEqualTo(1);
        assertThat(r.json().path("result").path("problemsByReason").path("bad crop row").asInt()).isEqualTo(1);
        assertThat(r.err()).contains("leave-one-project-out needs 2 projects");
    }
}
