package org.spasmcheck.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HEAD says what GET would say, status and headers, without the body: for found, refused and unknown resources. */
class HeadRequestsTest {
    private static final String ASSESSMENTS = "/api/v1/assessments";

    @TempDir
    Path dataDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void head_answersWithTheStatusAndTypeOfGet_andNoBody() throws Exception {
        try (TestServer server = TestServer.start(dataDir)) {
            JsonNode created = new ObjectMapper().readTree(server.post(ASSESSMENTS, "").body());
            String own = ASSESSMENTS + "/" + created.get("id").asText();
            String token = "Bearer " + created.get("token").asText();
            List<List<String>> requests = List.of(
                    List.of(own, token),
                    List.of(own, "Bearer not-the-token"),
                    List.of(own),
                    List.of(own + "/report.pdf", token),
                    List.of(own + "/report.pdf"),
                    List.of(ASSESSMENTS + "/does-not-exist", token),
                    List.of("/api/v1/no-such-route"),
                    List.of("/api/v1/knowledge/version"),
                    List.of("/learn"),
                    List.of("/learn/no-such-condition"),
                    List.of("/s/no-such-share-link"),
                    List.of("/health"));

            SoftAssertions softly = new SoftAssertions();
            for (List<String> request : requests) {
                HttpResponse<String> get = send(server, "GET", request);
                HttpResponse<String> head = send(server, "HEAD", request);
                String what = request.get(0) + (request.size() > 1 ? " with " + request.get(1) : " without a token");
                softly.assertThat(head.statusCode()).as("status of HEAD " + what).isEqualTo(get.statusCode());
                softly.assertThat(head.headers().firstValue("Content-Type")).as("type of HEAD " + what)
                        .isEqualTo(get.headers().firstValue("Content-Type"));
                softly.assertThat(head.body()).as("body of HEAD " + what).isEmpty();
            }
            softly.assertAll();
        }
    }

    private HttpResponse<String> send(TestServer server, String method, List<String> request) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(server.baseUrl() + request.get(0)))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (request.size() > 1) {
            builder.header("Authorization", request.get(1));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }
}
