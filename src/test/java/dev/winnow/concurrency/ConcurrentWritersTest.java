package dev.winnow.concurrency;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.testing.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13.8: `embed` and `import` writing to a home while `review` serves it — each in a process of its own, on
 * one real SQLite file — all finish cleanly, and every choice the curator makes meanwhile is taken and kept. Before
 * the fix a write transaction began as a reader and failed at once with "database is locked" when another process
 * had written since it began; and a second embed, review or train of the same thing ran over the first.
 */
class ConcurrentWritersTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** A selection log of {@code rows} decisions about files the project does not hold (they wait as pending). */
    private Path log(String name, int rows) throws Exception {
        StringBuilder sb = new StringBuilder("session_id,set_id,chosen_path,neg_paths,timestamp\n");
        for (int i = 0; i < rows; i++) {
            String t = String.format("20240101_%06d", i);
            sb.append("s1,").append(name).append(i).append(",p/").append(t).append("_stage2_upscaled.png,")
                    .append("\"[\"\"p/").append(t).append("_stage1_generated.png\"\"]\",2024-01-01T00:00:00\n");
        }
        return TestImages.text(tmp.resolve(name + ".csv"), sb.toString());
    }

    @Test
    void embedAndImportRunWhileReviewServesTheSameHomeAndEveryChoiceIsKept() throws Exception {
        Path home = tmp.resolve("home");
        WinnowProcess.scannedProject(tmp, home, "p", 24);

        WinnowProcess review = WinnowProcess.start(tmp, "review", home, "--json", "review", "p", "--port", "0");
        try {
            JsonNode started = review.firstObject(90);
            URI base = URI.create(started.path("url").asText());
            Reviewing curator = new Reviewing(base);
            JsonNode batch = curator.get("/api/batch");
            String batchId = batch.path("batch").path("id").asText();
            List<JsonNode> cards = new ArrayList<>();
            batch.path("sets").forEach(cards::add);
            assertThat(cards).hasSize(24);

            List<WinnowProcess> writers = List.of(
                    WinnowProcess.start(tmp, "embed", home, "embed", "p", "--threads", "1"),
                    WinnowProcess.start(tmp, "import-a", home, "import", log("a", 3000).toString(), "--project", "q"),
                    WinnowProcess.start(tmp, "import-b", home, "import", log("b", 3000).toString(), "--project", "q"));
            int choices = 0, duringWrites = 0;
            while (writers.stream().anyMatch(WinnowProcess::running) || choices < cards.size()) {
                JsonNode card = cards.get(choices % cards.size());
                boolean busy = writers.stream().anyMatch(WinnowProcess::running);
                JsonNode member = card.path("members").get(choices % card.path("members").size());
                ObjectNode body = JSON.createObjectNode().put("batchId", batchId).put("setId", card.path("setId").asLong())
                        .put("fileId", member.path("fileId").asLong());
                body.putNull("cropSource");
                curator.post("/api/choice", body);
                if (choices % 5 == 4) curator.post("/api/undo", JSON.createObjectNode().put("batchId", batchId));
                curator.get("/api/batch");
                choices++;
                if (busy) duringWrites++;
            }
            for (WinnowProcess w : writers) {
                int exit = w.waitFor(300);
                assertThat(w.output()).as(w.name).doesNotContainIgnoringCase("locked").doesNotContainIgnoringCase("busy")
                        .doesNotContain("\tat ");
                assertThat(exit).as(w.name + ": " + w.output()).isZero();
            }
            assertThat(duringWrites).as("choices made while embed and import were writing").isGreaterThan(10);

            for (JsonNode card : cards) {
                ObjectNode body = JSON.createObjectNode().put("batchId", batchId).put("setId", card.path("setId").asLong())
                        .put("fileId", card.path("members").get(0).path("fileId").asLong());
                body.putNull("cropSource");
                curator.post("/api/choice", body);
            }
            JsonNode after = curator.get("/api/batch");
            assertThat(after.path("progress").path("done").asInt()).as("every set has the choice made last")
                    .isEqualTo(cards.size());
            assertThat(review.running()).as("the reviewer is still serving: " + review.output()).isTrue();
        } finally {
            review.stop();
        }
        assertThat(review.output()).doesNotContainIgnoringCase("database is locked").doesNotContain("\tat ");
    }

    /** The curator's browser, as far as the reviewer can tell: token, loopback Host and its own Origin. */
    private static final class Reviewing {
        private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        private final URI base;
        private final String token;

        Reviewing(URI url) {
            this.base = URI.create(url.getScheme() + "://" + url.getAuthority());
            this.token = url.getQuery().substring("token=".length());
        }

        JsonNode get(String path) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path)).GET());
        }

        JsonNode post(String path, JsonNode body) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .header("Origin", base.toString()).POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        }

        private JsonNode send(HttpRequest.Builder b) throws Exception {
            HttpResponse<String> r = http.send(b.header("X-Winnow-Token", token).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(r.request().method() + " " + r.uri().getPath() + ": " + r.body()).isEqualTo(200);
            return JSON.readTree(r.body());
        }
    }
}
