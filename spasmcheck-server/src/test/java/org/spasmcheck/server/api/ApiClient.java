package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.spasmcheck.server.TestServer;

/**
 * Calls a {@link TestServer} and checks every response against the server's own /openapi.json before the test
 * sees it, so that every API test is also a contract test.
 */
final class ApiClient {
    static final ObjectMapper JSON = new ObjectMapper();

    private final TestServer server;
    private final OpenApiContract contract;
    /** Synchronized: racing tests call one client from several threads. */
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

    ApiClient(TestServer server) {
        this.server = server;
        HttpResponse<String> doc = server.get(ApiRoutes.OPENAPI_PATH);
        assertThat(doc.statusCode()).as("GET /openapi.json").isEqualTo(200);
        this.contract = new OpenApiContract(doc.body());
    }

    OpenApiContract contract() {
        return contract;
    }

    /** Every exchange so far (method, path, status), for coverage checks. */
    List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    Response get(String path, String... headers) {
        return check("GET", path, server.get(path, headers));
    }

    Response post(String path, String body, String... headers) {
        return check("POST", path, server.post(path, body, headers));
    }

    Response delete(String path, String... headers) {
        return check("DELETE", path, server.delete(path, headers));
    }

    /** Any method, with an optional body (null for none). */
    Response send(String method, String path, String body, String... headers) {
        return send(method, path, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body), headers);
    }

    /** A POST of raw bytes (which need not be UTF-8). */
    Response postBytes(String path, byte[] body, String... headers) {
        return send("POST", path, HttpRequest.BodyPublishers.ofByteArray(body), headers);
    }

    private Response send(String method, String path, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body);
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return check(method, path, HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    private Response check(String method, String path, HttpResponse<String> r) {
        String pathOnly = path.split("\\?")[0];
        String contentType = r.headers().firstValue("Content-Type").orElse(null);
        assertThat(contract.violations(method, pathOnly, r.statusCode(), contentType, r.body()))
                .as("%s %s -> %d conforms to /openapi.json; body: %s", method, path, r.statusCode(), r.body())
                .isEmpty();
        exchanges.add(new Exchange(method, contract.template(pathOnly).orElse(pathOnly), r.statusCode()));
        return new Response(r);
    }

    record Exchange(String method, String template, int status) {
    }

    /** A response with its body parsed when it is JSON. */
    static final class Response {
        private final HttpResponse<String> raw;

        Response(HttpResponse<String> raw) {
            this.raw = raw;
        }

        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        String contentType() {
            return header("Content-Type");
        }

        JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
