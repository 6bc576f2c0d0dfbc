package org.spasmcheck.server.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.spasmcheck.server.TestServer;

/** Binary responses (PDF) that the string-bodied ApiClient would garble. */
final class ShareApiTestSupport {
    private ShareApiTestSupport() {
    }

    static HttpResponse<byte[]> get(TestServer server, String path, String... headers) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
            if (headers.length > 0) {
                b.headers(headers);
            }
            return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
