package dev.winnow.review;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests without the token, from a foreign Host or Origin, or naming a path instead of an id are refused. */
class ReviewServerSecurityTest {
    private ReviewFixture fx;
    private ReviewServer server;
    private String token;
    private long fileId;

    @BeforeEach
    void start(@TempDir Path tmp) throws Exception {
        fx = ReviewFixture.create(tmp, 3, 2).withPredictions();
        server = new Reviewer(fx.store).serve(ReviewFixture.PROJECT, Reviewer.Options.defaults());
        token = server.token();
        fileId = fx.sets.get(0).members().get(0).id();
    }

    @AfterEach
    void stop() {
        server.close();
        fx.close();
    }

    @Test
    void theServerListensOnLoopbackOnly() {
        assertThat(server.url().getHost()).isEqualTo("127.0.0.1");
        assertThat(server.url().getQuery()).isEqualTo("token=" + token);
    }

    @Test
    void aRequestWithTheTokenAndOwnHostIsServed() throws IOException {
        Response r = get("/api/batch?token=" + token, host());
        assertThat(r.status).isEqualTo(200);
        assertThat(r.body).contains("\"sets\"");
        assertThat(get("/img/" + fileId + "/thumb?token=" + token, host()).status).isEqualTo(200);
        assertThat(get("/api/batch", host() + "X-Winnow-Token: " + token + "\r\n").status).isEqualTo(200);
    }

    @Test
    void missingOrWrongTokensAreRefused() throws IOException {
        assertThat(get("/", host()).status).isEqualTo(403);
        assertThat(get("/api/batch", host()).status).isEqualTo(403);
        assertThat(get("/img/" + fileId + "/thumb", host()).status).isEqualTo(403);
        assertThat(get("/api/batch?token=" + token.substring(1) + "x", host()).status).isEqualTo(403);
        assertThat(get("/assets/app.js", host()).status).isEqualTo(403);
    }

    @Test
    void aForeignHostHeaderIsRefusedEvenWithTheToken() throws IOException {
        Response r = get("/api/batch?token=" + token, "Host: evil.example:" + server.port() + "\r\n");
        assertThat(r.status).isEqualTo(403);
        assertThat(r.body).contains("foreign Host").doesNotContain("\"sets\"");
        assertThat(get("/api/batch?token=" + token, "Host: 127.0.0.1:1\r\n").status).isEqualTo(403);
    }

    @Test
    void writesNeedTheServersOwnOrigin() throws IOException {
        String body = "{\"batchId\":\"none\"}";
        assertThat(post("/api/undo?token=" + token, host() + "Origin: http://evil.example\r\n", body).status).isEqualTo(403);
        assertThat(post("/api/undo?token=" + token, host(), body).status).as("no Origin").isEqualTo(403);
        assertThat(post("/api/undo?token=" + token, host() + "Origin: http://127.0.0.1:" + server.port() + "\r\n", body).status)
                .as("own origin passes the guard; the unknown batch is then a bad request").isEqualTo(400);
        assertThat(request("PUT", "/api/undo?token=" + token, host(), body).status).isEqualTo(403);
    }

    @Test
    void aPathInPlaceOfAnIdIsRefusedAndNothingOutsideTheProjectIsServed(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "TOP-SECRET");
        String t = "?token=" + token;
        for (String path : new String[] {
                "/img/..%2F..%2F" + secret.getFileName() + "/full", "/img/" + secret.toString().replace("/", "%2F") + "/full",
                "/img/../../etc/passwd/full", "/img/project%2F" + fx.sets.get(0).members().get(0).name() + "/thumb",
                "/img/-1/full", "/heatmap/..%2Fwinnow.db", "/img/1e3/full", "/assets/..%2Findex.html"}) {
            Response r = get(path + t, host());
            assertThat(r.status).as(path).isBetween(400, 404);
            assertThat(r.body).as(path).doesNotContain("TOP-SECRET").doesNotContain("root:");
        }
        assertThat(get("/img/999999/full" + t, host()).status).as("an id of no file of this project").isEqualTo(404);
    }

    private String host() {
        return "Host: 127.0.0.1:" + server.port() + "\r\n";
    }

    private record Response(int status, String body) {
    }

    private Response get(String path, String headers) throws IOException {
        return request("GET", path, headers, null);
    }

    private Response post(String path, String headers, String body) throws IOException {
        return request("POST", path, headers, body);
    }

    /** A raw HTTP/1.1 request, so that Host and Origin are exactly what the test says. */
    private Response request(String method, String path, String headers, String body) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            byte[] b = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String head = method + " " + path + " HTTP/1.1\r\n" + headers + "Connection: close\r\n"
                    + (body == null ? "" : "Content-Type: application/json\r\nContent-Length: " + b.length + "\r\n") + "\r\n";
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(b);
            out.flush();
            InputStream in = s.getInputStream();
            String all = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(all.substring(9, 12));
            int split = all.indexOf("\r\n\r\n");
            return new Response(status, split < 0 ? "" : all.substring(split + 4));
        }
    }
}
