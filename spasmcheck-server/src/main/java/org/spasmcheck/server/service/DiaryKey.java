package org.spasmcheck.server.service;

import java.security.SecureRandom;

/**
 * The private key of a diary: 256 random bits, the only thing a person needs to open their diary. The diary's id is
 * derived from the key (so the key alone finds it) and the key is stored only as its SHA-256 hash.
 */
public final class DiaryKey {
    /** Ids have the length of assessment ids; 22 base64url characters are 132 bits of the hash. */
    private static final int ID_LENGTH = 22;
    /** Keeps diary ids apart from the hash stored to check the key. */
    private static final String ID_DOMAIN = "spasmcheck-diary-id:";

    private DiaryKey() {
    }

    public static String generate(SecureRandom random) {
        return AccessToken.generate(random);
    }

    /** The diary id that this key opens. */
    public static String id(String key) {
        String hash = AccessToken.hash(ID_DOMAIN + key);
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(java.util.HexFormat.of().parseHex(hash)).substring(0, ID_LENGTH);
    }

    /** True for a string that could be a key (URL-safe base64 of 32 bytes); anything else opens nothing. */
    public static boolean isWellFormed(String key) {
        return key != null && key.matches("[A-Za-z0-9_-]{43}");
    }
}
