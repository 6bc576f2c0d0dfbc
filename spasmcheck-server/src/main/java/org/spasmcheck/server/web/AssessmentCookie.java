package org.spasmcheck.server.web;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.spasmcheck.server.security.Https;

/**
 * The access token of a web interview, kept in a cookie that only the pages of that one assessment receive
 * ({@code Path=/a/{id}}), that scripts cannot read (HttpOnly) and that other sites' forms do not send (SameSite=Lax,
 * which also protects the answer forms from cross-site posts).
 */
final class AssessmentCookie {
    static final String NAME = "spasmcheck_token";
    /** Long enough to finish the interview and come back to the result the same day; then the result is gone from this browser. */
    static final int MAX_AGE_SECONDS = 24 * 60 * 60;
    /** Assessment ids are URL-safe base64 (AccessToken); anything else cannot be an assessment. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private AssessmentCookie() {
    }

    static boolean isWellFormedId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static void set(Context ctx, String assessmentId, String token) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + token + "; Path=" + path(assessmentId) + "; Max-Age=" + MAX_AGE_SECONDS
                + "; HttpOnly; SameSite=Lax" + (isHttps(ctx) ? "; Secure" : ""));
    }

    /** The token sent with this request, or null. */
    static String token(Context ctx) {
        return ctx.cookie(NAME);
    }

    static String path(String assessmentId) {
        return "/a/" + assessmentId;
    }

    /** Direct HTTPS, or HTTPS ended at a proxy in front of the server. */
    static boolean isHttps(Context ctx) {
        return Https.isHttps(ctx);
    }
}
