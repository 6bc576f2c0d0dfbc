package org.spasmcheck.server.security;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.spasmcheck.server.service.AccessToken;

/**
 * CSRF protection of the web forms by a signed double submit. Each browser gets a random secret (256 bits) in a cookie
 * that scripts cannot read and other sites' requests do not carry (HttpOnly, SameSite=Lax); every form of the pages
 * carries, in a hidden field, the HMAC-SHA256 of that secret under the server's {@link FormKey}. A post is accepted
 * only when the field is the signature of the cookie it came with (compared in constant time). Another site can make a
 * browser post, but it can neither read the field nor forge it: planting a cookie of its own (from a sibling
 * subdomain, say) does not help without the server's key.
 */
public final class FormTokens {
    public static final String COOKIE = "spasmcheck_form";
    public static final String FIELD = "csrf";
    /** As long as the diary's cookie, so a page left open stays usable as long as what it posts to. */
    static final int MAX_AGE_SECONDS = 183 * 24 * 60 * 60;
    /** A secret as {@link AccessToken#generate} makes them: 32 bytes in URL-safe base64. */
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String ISSUED = FormTokens.class.getName() + ".issued";
    private static final String HMAC = "HmacSHA256";

    private final FormKey key;
    private final SecureRandom random;

    public FormTokens(FormKey key, SecureRandom random) {
        this.key = key;
        this.random = random;
    }

    /**
     * The hidden field's value for this browser's forms. A browser without a (well-formed) secret gets one with this
     * response; one request issues at most one.
     */
    public String field(Context ctx) {
        String secret = secret(ctx);
        if (secret == null) {
            secret = ctx.attribute(ISSUED);
        }
        if (secret == null) {
            secret = AccessToken.generate(random);
            ctx.attribute(ISSUED, secret);
            // Added, not set: the same response may set the assessment's or the diary's cookie too.
            ctx.res().addHeader("Set-Cookie", COOKIE + "=" + secret + "; Path=/; Max-Age=" + MAX_AGE_SECONDS
                    + "; HttpOnly; SameSite=Lax" + (Https.isHttps(ctx) ? "; Secure" : ""));
        }
        return sign(secret);
    }

    /** Whether this post carries the signature of the secret in its cookie. */
    public boolean accepts(Context ctx) {
        String secret = secret(ctx);
        String sent = ctx.formParam(FIELD);
        if (secret == null || sent == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret).getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The handler, run only for a post that {@link #accepts}; any other gets the 403 of {@link FormTokenRejectedException}. */
    public Handler guard(Handler handler) {
        return ctx -> {
            if (!accepts(ctx)) {
                throw new FormTokenRejectedException();
            }
            handler.handle(ctx);
        };
    }

    private static String secret(Context ctx) {
        String secret = ctx.cookie(COOKIE);
        return secret != null && SECRET.matcher(secret).matches() ? secret : null;
    }

    private String sign(String secret) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key.bytes(), HMAC));
            byte[] signature = mac.doFinal(("form:" + secret).getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every JDK", e);
        }
    }
}
