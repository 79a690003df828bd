package dev.winnow.review;

import dev.winnow.common.CropBox;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reviewer's local web app (Javalin on 127.0.0.1 only). One before-handler applies the {@link RequestGuard}
 * to every request; images are addressed by id only. The pages are plain HTML/CSS/JS from the classpath.
 */
public final class ReviewServer implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Map<String, String> ASSETS = Map.of(
            "app.js", "text/javascript", "app.css", "text/css", "stats.js", "text/javascript");
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** The request body of a choice; fileId null rejects the set. */
    record ChoiceRequest(String batchId, long setId, Long fileId, String cropSource, CropBox crop) {
    }

    record BatchRequest(String batchId) {
    }

    /** Reverting one auto-accepted set. */
    record SetRequest(String batchId, long setId) {
    }

    /** The auto-accept cut; null turns it off. */
    record CutRequest(Double cut) {
    }

    private final ReviewSession session;
    private final ImageSource images;
    private final ReviewStats stats;
    private final String token = RequestGuard.newToken();
    private final Map<String, byte[]> resources = new java.util.concurrent.ConcurrentHashMap<>();
    private final Javalin app;
    private volatile RequestGuard guard;

    private ReviewServer(ReviewSession session, ImageSource images, ReviewStats stats) {
        this.session = session;
        this.images = images;
        this.stats = stats;
        this.app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.startupWatcherEnabled = false;
            cfg.http.maxRequestSize = 64 * 1024;
        });
        routes();
    }

    static ReviewServer start(ReviewSession session, ImageSource images, ReviewStats stats, int port) {
        ReviewServer s = new ReviewServer(session, images, stats);
        s.app.start("127.0.0.1", port);
        s.guard = new RequestGuard(s.token, s.app.port());
        s.warmUp();
        return s;
    }

    /**
     * Asks itself for the page and the batch once before the address is handed out, so that the first page the
     * curator opens does not pay for class loading and JIT of the whole request path.
     */
    private void warmUp() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String path : new String[] {"/", "/api/batch", "/assets/app.js", "/assets/app.css"}) {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + path + "?token=" + token))
                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.discarding());
            } catch (IOException e) {
                return; // only a warm-up: the real requests will say what is wrong
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    public int port() {
        return app.port();
    }

    public String token() {
        return token;
    }

    public String sessionId() {
        return session.id();
    }

    /** The address to open, carrying the token. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/?token=" + token);
    }

    public URI statsUrl() {
        return URI.create("http://127.0.0.1:" + port() + "/stats?token=" + token);
    }

    @Override
    public void close() {
        app.stop();
        session.end();
    }

    private void routes() {
        app.before(this::check);
        app.get("/", ctx -> ctx.html(page("index.html")));
        app.get("/stats", ctx -> ctx.html(page("stats.html")));
        app.get("/assets/{name}", ctx -> {
            String type = ASSETS.get(ctx.pathParam("name"));
            if (type == null) throw new NotFound("no such asset");
            ctx.contentType(type + "; charset=utf-8").result(resource(ctx.pathParam("name")));
        });
        app.get("/api/batch", ctx -> ctx.json(session.page()));
        app.post("/api/next", ctx -> ctx.json(session.next()));
        app.post("/api/choice", ctx -> {
            ChoiceRequest r = body(ctx, ChoiceRequest.class);
            ctx.json(session.choose(r.batchId(), r.setId(), r.fileId(), r.cropSource(), r.crop()));
        });
        app.post("/api/undo", ctx -> {
            Optional<ReviewSession.ChoiceResult> r = session.undo(body(ctx, BatchRequest.class).batchId());
            ctx.json(r.<Object>map(x -> x).orElse(Map.of("nothing", true)));
        });
        app.post("/api/revert", ctx -> {
            SetRequest r = body(ctx, SetRequest.class);
            ctx.json(session.revert(r.batchId(), r.setId()));
        });
        app.post("/api/auto-accept", ctx -> ctx.json(session.autoAccept(body(ctx, CutRequest.class).cut())));
        app.get("/api/finalize", ctx -> ctx.json(session.finalizeSummary(required(ctx, "batch"))));
        app.post("/api/finalize", ctx -> ctx.json(session.finalizeBatch(body(ctx, BatchRequest.class).batchId())));
        app.get("/api/stats", ctx -> ctx.json(stats.report(ctx.queryParam("all") != null ? null : session.projectId())));
        app.get("/img/{id}/thumb", ctx -> send(ctx, images.thumbnail(id(ctx))));
        app.get("/img/{id}/full", ctx -> send(ctx, images.original(id(ctx))));
        app.get("/heatmap/{set}/{file}", ctx -> send(ctx, images.heatmap(id(ctx, "set"), id(ctx, "file"))));

        app.exception(NotFound.class, (e, ctx) -> error(ctx, HttpStatus.NOT_FOUND, e.getMessage()));
        app.exception(FinalizeException.class, (e, ctx) -> {
            ctx.status(HttpStatus.CONFLICT).json(Map.of("error", e.getMessage(), "problems", e.problems()));
        });
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
        app.exception(IllegalStateException.class, (e, ctx) -> error(ctx, HttpStatus.CONFLICT, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> error(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
                e.getClass().getSimpleName() + ": " + e.getMessage()));
    }

    private void check(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        RequestGuard g = guard;
        String token = ctx.queryParam("token");
        if (token == null) token = ctx.header(RequestGuard.TOKEN_HEADER);
        String refusal = g == null ? "starting" : g.refusal(ctx.method().name(), ctx.header("Host"), ctx.header("Origin"), token);
        if (refusal != null) {
            ctx.skipRemainingHandlers();
            ctx.status(HttpStatus.FORBIDDEN).json(Map.of("error", "refused: " + refusal));
        }
    }

    private String page(String name) {
        return new String(resource(name), StandardCharsets.UTF_8).replace("{{TOKEN}}", token);
    }

    /** Pages and scripts are read from the classpath once. */
    private byte[] resource(String name) {
        return resources.computeIfAbsent(name, ReviewServer::load);
    }

    private static byte[] load(String name) {
        try (InputStream in = ReviewServer.class.getResourceAsStream("/review/" + name)) {
            if (in == null) throw new NotFound("missing resource " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long id(Context ctx) {
        return id(ctx, "id");
    }

    private static long id(Context ctx, String param) {
        String raw = ctx.pathParam(param);
        if (!ID.matcher(raw).matches()) throw new IllegalArgumentException("images are addressed by numeric id only");
        return Long.parseLong(raw);
    }

    private static String required(Context ctx, String param) {
        String v = ctx.queryParam(param);
        if (v == null || v.isBlank()) throw new IllegalArgumentException("missing query parameter " + param);
        return v;
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            return ctx.bodyAsClass(type);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad request body: " + e.getMessage());
        }
    }

    private static void send(Context ctx, Optional<ImageSource.Image> image) {
        ImageSource.Image img = image.orElseThrow(() -> new NotFound("no such image"));
        ctx.header("Cache-Control", "private, max-age=600");
        ctx.contentType(img.contentType()).result(img.bytes());
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).json(Map.of("error", String.valueOf(message)));
    }

    /** A request for something that does not exist (or is not the reviewed project's). */
    static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
