package org.spasmcheck.cli.crash;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The JSON API calls of an interview, against one server process. An {@link IOException} means no response came
 * (the server died); any response other than the expected status is an {@link UnexpectedResponse}.
 */
final class SpasmcheckApi {
    /** No request here takes more than milliseconds; a minute only stops a hung test. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(1);
    private static final String ASSESSMENTS = "/api/v1/assessments";

    /** A created assessment: its id and the token that opens it. */
    record Created(String id, String token) {
    }

    /** The server answered, but not as the API promises. */
    static final class UnexpectedResponse extends RuntimeException {
        UnexpectedResponse(HttpRequest request, HttpResponse<String> response) {
            super(request.method() + " " + request.uri().getPath() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
    }

    private final HttpClient http;
    private final URI base;

    SpasmcheckApi(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** POST /api/v1/assessments with the chief complaint. */
    Created create(ObjectNode evidence) throws IOException, InterruptedException {
        ObjectNode body = LoggedAnswer.JSON.createObjectNode();
        body.set("evidence", evidence);
        JsonNode created = send(post(ASSESSMENTS, body).build(), 201);
        return new Created(created.get("id").asText(), created.get("token").asText());
    }

    /** POST /api/v1/assessments/{id}/answers. */
    void answer(String id, String token, ObjectNode answers) throws IOException, InterruptedException {
        ObjectNode body = LoggedAnswer.JSON.createObjectNode();
        body.set("answers", answers);
        send(post(ASSESSMENTS + "/" + id + "/answers", body).header("Authorization", "Bearer " + token).build(), 200);
    }

    /** GET /api/v1/assessments/{id}: the answers and the result the server recomputes from the stored log. */
    JsonNode get(String id, String token) throws IOException, InterruptedException {
        return send(request(ASSESSMENTS + "/" + id).header("Authorization", "Bearer " + token).GET().build(), 200);
    }

    /** GET /health answers 200 (the server is up and its database answers). */
    boolean isHealthy() throws InterruptedException {
        try {
            return http.send(request("/health").GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode()
                    == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    private HttpRequest.Builder post(String path, JsonNode body) {
        return request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT);
    }

    private JsonNode send(HttpRequest request, int expectedStatus) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expectedStatus) {
            throw new UnexpectedResponse(request, response);
        }
        try {
            return LoggedAnswer.JSON.readTree(response.body());
        } catch (JsonProcessingException e) {
            // A response did come, so this is no IOException of a dead server.
            throw new UnexpectedResponse(request, response);
        }
    }
}
