package org.spasmcheck.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The requests the scenarios send, each with the driver's timeout, and reading their JSON answers. */
final class Requests {
    static final ObjectMapper JSON = new ObjectMapper();

    private Requests() {
    }

    static HttpRequest postJson(URI base, String path, byte[] body, String... headers) {
        return builder(base, path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    static HttpRequest get(URI base, String path, String... headers) {
        return builder(base, path, headers).GET().build();
    }

    static byte[] bytes(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The response's JSON body; a body that is not JSON is a harness failure (a 2xx route that should return JSON). */
    static JsonNode json(HttpResponse<byte[]> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: the " + response.statusCode() + " response of "
                    + response.request().method() + " " + response.uri().getPath(), e);
        }
    }

    private static HttpRequest.Builder builder(URI base, String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).timeout(LoadDriver.REQUEST_TIMEOUT);
        if (headers.length > 0) {
            b.headers(headers);
        }
        return b;
    }
}
