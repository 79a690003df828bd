package dev.winnow.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.winnow.common.Jackson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A locally installed Chromium or Chrome, headless, driven over the DevTools protocol with the JDK's own
 * WebSocket client: what `winnow bench review` and the reviewer screenshot need, without a browser-automation
 * library at run time. Nothing is downloaded; a throwaway profile folder is deleted on close.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> CANDIDATES = List.of(
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable",
            "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
            "/Applications/Chromium.app/Contents/MacOS/Chromium");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final ObjectMapper json = Jackson.mapper();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

    private HeadlessChromium(Process process, Path profile, WebSocket.Builder builder, URI page) throws IOException {
        this.process = process;
        this.profile = profile;
        this.socket = builder.buildAsync(page, new Listener()).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    /** The browser to use: the given one, else $WINNOW_CHROMIUM, else the usual install places. */
    public static Optional<Path> find(Path explicit) {
        if (explicit != null) return Files.isExecutable(explicit) ? Optional.of(explicit) : Optional.empty();
        List<String> all = new ArrayList<>();
        String env = System.getenv("WINNOW_CHROMIUM");
        if (env != null && !env.isBlank()) all.add(env);
        all.addAll(CANDIDATES);
        return all.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public static HeadlessChromium launch(Path binary, int width, int height) throws IOException {
        Path profile = Files.createTempDirectory("winnow-chromium");
        List<String> cmd = new ArrayList<>(List.of(binary.toString(), "--headless=new", "--remote-debugging-port=0",
                "--user-data-dir=" + profile, "--no-first-run", "--no-default-browser-check", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + width + "," + height, "--force-device-scale-factor=1"));
        // Chromium refuses to start its sandbox as root (CI containers); for a local page only it may run without.
        if ("root".equals(System.getProperty("user.name"))) cmd.add("--no-sandbox");
        cmd.add("about:blank");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            int port = devToolsPort(profile, p);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
            URI page = null;
            for (JsonNode t : Jackson.mapper().readTree(list.body())) {
                if ("page".equals(t.path("type").asText())) page = URI.create(t.path("webSocketDebuggerUrl").asText());
            }
            if (page == null) throw new IOException("Chromium opened no page to drive");
            HeadlessChromium c = new HeadlessChromium(p, profile, http.newWebSocketBuilder(), page);
            // The window size includes browser chrome even headless; the page itself gets exactly width x height.
            c.call("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                    "deviceScaleFactor", 1, "mobile", false));
            return c;
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            deleteTree(profile);
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            p.destroyForcibly();
            deleteTree(profile);
            throw new IOException("interrupted while starting Chromium", e);
        }
    }

    /** Chromium writes the port it chose to DevToolsActivePort in the profile once it listens. */
    private static int devToolsPort(Path profile, Process p) throws IOException, InterruptedException {
        Path file = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) throw new IOException("Chromium exited at start: " + tail(profile.resolve("chromium.log")));
            if (Files.exists(file)) {
                List<String> lines = Files.readAllLines(file);
                if (!lines.isEmpty() && !lines.get(0).isBlank()) return Integer.parseInt(lines.get(0).strip());
            }
            Thread.sleep(50);
        }
        throw new IOException("Chromium did not open its DevTools port within " + TIMEOUT.toSeconds() + " s");
    }

    /** Opens the address and waits until the document has loaded. */
    public void navigate(String url) throws IOException {
        call("Page.enable", Map.of());
        call("Page.navigate", Map.of("url", url));
        waitFor("document.readyState === 'complete'", TIMEOUT);
    }

    /** Evaluates a JavaScript expression in the page (promises awaited) and returns its value. */
    public JsonNode evaluate(String expression) throws IOException {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) throw new IOException("page script failed: " + r.path("exceptionDetails"));
        return r.path("result").path("value");
    }

    /** Polls a JavaScript condition until it is true. */
    public void waitFor(String condition, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!evaluate("!!(" + condition + ")").asBoolean()) {
            if (System.nanoTime() > deadline) throw new IOException("timed out waiting for: " + condition);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    /** Presses and releases a key as the keyboard would ({@code key} "a", code "KeyA", Windows key code 65). */
    public void press(String key, String code, int keyCode) throws IOException {
        boolean printable = key.length() == 1;
        ObjectNode down = json.createObjectNode().put("type", printable ? "keyDown" : "rawKeyDown").put("key", key)
                .put("code", code).put("windowsVirtualKeyCode", keyCode);
        if (printable) down.put("text", key);
        call("Input.dispatchKeyEvent", down);
        call("Input.dispatchKeyEvent", json.createObjectNode().put("type", "keyUp").put("key", key).put("code", code)
                .put("windowsVirtualKeyCode", keyCode));
    }

    /** A PNG of the page as it is now. */
    public byte[] screenshot() throws IOException {
        return Base64.getDecoder().decode(call("Page.captureScreenshot", Map.of("format", "png")).path("data").asText());
    }

    private JsonNode call(String method, Object params) throws IOException {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        pending.put(id, f);
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", json.valueToTree(params));
        socket.sendText(msg.toString(), true);
        try {
            JsonNode r = f.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (r.has("error")) throw new IOException(method + " failed: " + r.path("error"));
            return r.path("result");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted during " + method, e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IOException(method + " got no answer: " + e, e);
        } finally {
            pending.remove(id);
        }
    }

    /** Collects message fragments and completes the call each answer belongs to; events are ignored. */
    private final class Listener implements WebSocket.Listener {
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            buffer.append(data);
            if (last) {
                try {
                    JsonNode msg = json.readTree(buffer.toString());
                    CompletableFuture<JsonNode> f = msg.has("id") ? pending.get(msg.get("id").asInt()) : null;
                    if (f != null) f.complete(msg);
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
                buffer.setLength(0);
            }
            ws.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            pending.values().forEach(f -> f.completeExceptionally(error));
        }
    }

    @Override
    public void close() {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").orTimeout(2, TimeUnit.SECONDS).exceptionally(e -> null).join();
        } catch (RuntimeException e) {
            // the browser is being stopped anyway
        }
        // Chromium's helpers (GPU, network service) outlive its main process for a moment and keep writing into
        // the profile: stop them too before the profile is deleted.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        helpers.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            for (ProcessHandle h : helpers) h.onExit().orTimeout(5, TimeUnit.SECONDS).exceptionally(e -> h).join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(profile);
    }

    private static String tail(Path log) {
        try {
            String s = Files.readString(log);
            return s.length() > 600 ? s.substring(s.length() - 600) : s;
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) s.sorted(Comparator.reverseOrder())::iterator) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // a leftover temp folder is harmless; the OS cleans its temp space (a file that vanished while the tree
            // was walked arrives as UncheckedIOException)
        }
    }
}
