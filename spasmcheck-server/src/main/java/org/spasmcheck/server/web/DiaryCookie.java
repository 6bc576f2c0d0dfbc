package org.spasmcheck.server.web;

import io.javalin.http.Context;

/**
 * The private key of the web diary, kept in a cookie that only the diary pages receive ({@code Path=/diary}), that
 * scripts cannot read (HttpOnly) and that other sites' forms do not send (SameSite=Lax). The person also sees the key
 * on the diary page, to open the diary in another browser.
 */
final class DiaryCookie {
    static final String NAME = "spasmcheck_diary";
    static final String PATH = "/diary";
    /** Half a year: a diary is kept for months; "Forget this diary here" removes it sooner. */
    static final int MAX_AGE_SECONDS = 183 * 24 * 60 * 60;

    private DiaryCookie() {
    }

    static void set(Context ctx, String key) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + key + "; Path=" + PATH + "; Max-Age=" + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Lax" + (AssessmentCookie.isHttps(ctx) ? "; Secure" : ""));
    }

    static void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=" + PATH + "; Max-Age=0; HttpOnly; SameSite=Lax");
    }

    /** The key sent with this request, or null. */
    static String key(Context ctx) {
        return ctx.cookie(NAME);
    }
}
