package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** /metrics counts assessments and answers and times requests, without health data or ids in its labels. */
class MetricsApiTest extends ApiTestSupport {
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
