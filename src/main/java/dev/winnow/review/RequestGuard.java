package dev.winnow.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Decides whether a request may reach the reviewer: only GET and POST; the per-run token (query parameter
 * {@code token} or header {@code X-Winnow-Token}); a Host header naming this server on the loopback address,
 * which defeats DNS rebinding (a foreign page whose name resolves to 127.0.0.1 still sends its own name); and
 * on writes an Origin header from this very server, which defeats cross-site form posts.
 */
final class RequestGuard {
    static final String TOKEN_HEADER = "X-Winnow-Token";

    private final String token;
    private final Set<String> hosts;
    private final Set<String> origins;

    RequestGuard(String token, int port) {
        this.token = token;
        this.hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        this.origins = Set.of("http://127.0.0.1:" + port, "http://localhost:" + port);
    }

    static String newToken() {
        byte[] b = new byte[24];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Why the request is refused, or null when it may pass. */
    String refusal(String method, String host, String origin, String givenToken) {
        boolean write = "POST".equals(method);
        if (!write && !"GET".equals(method)) return "method " + method + " not allowed";
        if (host == null || !hosts.contains(host.toLowerCase(java.util.Locale.ROOT))) return "foreign Host header";
        if (givenToken == null || !MessageDigest.isEqual(givenToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8))) {
            return "missing or wrong token";
        }
        if (write && (origin == null || !origins.contains(origin))) return "missing or foreign Origin on a write";
        return null;
    }
}
