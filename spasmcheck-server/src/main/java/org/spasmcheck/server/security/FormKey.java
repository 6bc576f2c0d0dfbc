package org.spasmcheck.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The server's secret key that signs the form tokens ({@link FormTokens}). Random per process by default; every
 * process behind one load balancer must share it (a secret given to each), or a form shown by one process is refused
 * by another. Never printed: {@link #toString()} hides it.
 */
public final class FormKey {
    static final int BYTES = 32;
    /** A shared secret shorter than this is too easy to guess (about 192 bits of base64 text). */
    public static final int MIN_SECRET_CHARS = 32;

    private final byte[] key;

    private FormKey(byte[] key) {
        this.key = key.clone();
    }

    public static FormKey random(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new FormKey(bytes);
    }

    /** The key made from a secret text that several processes share (its SHA-256). */
    public static FormKey fromSecret(String secret) {
        String s = secret == null ? "" : secret.strip();
        if (s.length() < MIN_SECRET_CHARS) {
            throw new IllegalArgumentException("the form key secret has " + s.length() + " characters; it needs at least "
                    + MIN_SECRET_CHARS + " random characters (for example: openssl rand -base64 32)");
        }
        try {
            return new FormKey(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }

    byte[] bytes() {
        return key.clone();
    }

    @Override
    public String toString() {
        return "FormKey[hidden]";
    }
}
