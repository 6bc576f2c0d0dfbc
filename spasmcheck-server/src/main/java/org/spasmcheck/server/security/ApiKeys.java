package org.spasmcheck.server.security;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.spasmcheck.server.service.AccessToken;

/**
 * The optional API keys of the integration endpoints (the stateless assessment and the knowledge base, which an EHR or
 * a batch job calls). The server holds only their SHA-256 hashes, so the keys file is no secret and a leaked copy of
 * it opens nothing. With no keys configured the endpoints are open.
 *
 * <p>Keys file: one hash a line (64 hex digits, e.g. from {@code printf %s "$KEY" | sha256sum}), optionally followed
 * by a label after a space; blank lines and lines starting with # are skipped.
 */
public final class ApiKeys {
    public static final String HEADER = "X-API-Key";
    /** The other way to send a key: {@code Authorization: ApiKey <key>}. */
    public static final String AUTHORIZATION_SCHEME = "ApiKey";
    public static final ApiKeys NONE = new ApiKeys(List.of());
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final List<byte[]> hashes;

    private ApiKeys(List<String> hexHashes) {
        this.hashes = hexHashes.stream().map(h -> h.getBytes(StandardCharsets.US_ASCII)).toList();
    }

    /** Keys given by their SHA-256 hashes in hex. */
    public static ApiKeys ofHashes(List<String> hexHashes) {
        List<String> normal = new ArrayList<>();
        for (String h : hexHashes) {
            String lower = h.strip().toLowerCase(Locale.ROOT);
            if (!HASH.matcher(lower).matches()) {
                throw new IllegalArgumentException("not a SHA-256 hash in hex (64 characters 0-9, a-f)");
            }
            normal.add(lower);
        }
        return new ApiKeys(normal);
    }

    /** Reads a keys file; a line that is not a hash is an error naming its line number (never its text, a key perhaps). */
    public static ApiKeys read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the API keys file " + file, e);
        }
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String hash = line.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (!HASH.matcher(hash).matches()) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected the SHA-256 hash of a key "
                        + "(64 hex digits, e.g. from: printf %s \"$KEY\" | sha256sum), then an optional label");
            }
            hashes.add(hash);
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException(file + " lists no key hash; leave out --api-keys-file to run without keys");
        }
        return new ApiKeys(hashes);
    }

    public boolean isOn() {
        return !hashes.isEmpty();
    }

    public int size() {
        return hashes.size();
    }

    /** A before-handler: with keys configured, a request without one of them is refused ({@link ApiKeyRejectedException}). */
    public Handler require() {
        return ctx -> {
            if (isOn() && !accepts(ctx)) {
                throw new ApiKeyRejectedException();
            }
        };
    }

    /** Whether the request carries one of the keys; every hash is compared, in constant time each. */
    public boolean accepts(Context ctx) {
        String key = presented(ctx);
        if (key == null) {
            return false;
        }
        byte[] hash = AccessToken.hash(key).getBytes(StandardCharsets.US_ASCII);
        boolean match = false;
        for (byte[] known : hashes) {
            match |= MessageDigest.isEqual(hash, known);
        }
        return match;
    }

    /** The key of the X-API-Key header or of "Authorization: ApiKey ...", or null. */
    static String presented(Context ctx) {
        String header = ctx.header(HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String auth = ctx.header("Authorization");
        String prefix = AUTHORIZATION_SCHEME + " ";
        if (auth != null && auth.regionMatches(true, 0, prefix, 0, prefix.length())) {
            String key = auth.substring(prefix.length()).strip();
            return key.isEmpty() ? null : key;
        }
        return null;
    }

    @Override
    public String toString() {
        return "ApiKeys[" + hashes.size() + " key hashes]";
    }
}
