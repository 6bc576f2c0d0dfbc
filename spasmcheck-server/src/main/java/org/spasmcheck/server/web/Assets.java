package org.spasmcheck.server.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/**
 * The one style sheet and the small optional script, served from the class path ({@code /public}). Each URL carries
 * a short hash of the file, so a browser may keep it for a year and still gets a changed file at once.
 */
public final class Assets {
    public static final String CSS = "spasmcheck.css";
    public static final String JS = "spasmcheck.js";
    private static final String FOLDER = "/public/";
    private static final Map<String, String> TYPES = Map.of(CSS, "text/css; charset=utf-8", JS, "text/javascript; charset=utf-8");
    private static final Map<String, byte[]> FILES = Map.of(CSS, load(CSS), JS, load(JS));
    private static final Map<String, String> VERSIONS = Map.of(CSS, version(FILES.get(CSS)), JS, version(FILES.get(JS)));
    private static final int HASH_CHARS = 10;
    private static final String ONE_YEAR = "public, max-age=31536000, immutable";

    private Assets() {
    }

    /** The URL of an asset, with its version. */
    public static String url(String name) {
        return "/static/" + name + "?v=" + VERSIONS.get(name);
    }

    static void serve(Context ctx) {
        String name = ctx.pathParam("file");
        byte[] body = FILES.get(name);
        if (body == null) {
            WebRoutes.errorPage(ctx, 404, "There is no such file.");
            return;
        }
        ctx.header("Cache-Control", ONE_YEAR).contentType(TYPES.get(name)).result(body);
    }

    private static byte[] load(String name) {
        try (InputStream in = Assets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing web asset " + FOLDER + name + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String version(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)).substring(0, HASH_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
