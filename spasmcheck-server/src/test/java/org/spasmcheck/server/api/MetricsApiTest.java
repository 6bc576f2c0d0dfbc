package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.TestServer;

/** /metrics counts assessments and answers and times requests, without health data or ids in its labels. */
class MetricsApiTest {
    @TempDir
    Path dataDir;
    TestServer server;
    ApiClient api;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        api = new ApiClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void metrics_countAssessmentsAndAnswers_andTimeRequestsByRouteTemplate() {
        AssessmentApiTest.Created a = AssessmentApiTest.create(api, "{\"evidence\": {\"sex\": \"female\"}}");
        AssessmentApiTest.answer(api, a, "{\"cramp_location\": [\"face_eyelid\"], \"age_years\": 41}");

        String metrics = api.get("/metrics").body();

        assertThat(metrics).contains("spasmcheck_assessments_started_total{channel=\"api\"} 1.0");
        assertThat(metrics).contains("spasmcheck_answers_recorded_total{channel=\"api\"} 3.0");
        assertThat(metrics).contains("spasmcheck_http_requests_seconds_count{method=\"POST\","
                + "route=\"/api/v1/assessments/{id}/answers\",status=\"200\"} 1");
        assertThat(metrics).doesNotContain(a.id(), a.token(), "face_eyelid", "female");
    }
}
