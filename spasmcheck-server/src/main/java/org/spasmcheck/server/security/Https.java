package org.spasmcheck.server.security;

import io.javalin.http.Context;

/** Whether a request came over HTTPS, so that cookies are marked Secure. */
public final class Https {
    private Https() {
    }

    /** Direct HTTPS, or HTTPS ended at a proxy in front of the server. */
    public static boolean isHttps(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }
}
