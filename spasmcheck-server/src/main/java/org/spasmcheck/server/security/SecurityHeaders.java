package org.spasmcheck.server.security;

import io.javalin.http.Context;
import java.util.Map;

/**
 * The headers every response carries: pages, API, errors, static files, health and metrics alike. Set before any
 * handler runs, so an error response has them too.
 *
 * <p>The Content-Security-Policy lets the pages load scripts, styles and images from this server only: no inline
 * script, no inline style, no other site's code, and no framing (clickjacking). The pages keep to it: the one script
 * and the one style sheet are static files ({@code /static/}), and the charts are SVG elements without styles.
 */
public final class SecurityHeaders {
    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'self'");
    /** Header name to value. X-Frame-Options repeats frame-ancestors for browsers that predate CSP 2. */
    public static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        HEADERS.forEach(ctx::header);
    }
}
