package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.server.service.SessionAssessment;

class SessionJsonTest {
    private static final Instant CREATED = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void session_withTheResultJsonOfTheWrite_isTheSameTextAsWritingTheResultAgain() {
        Assessment a = new Engine(TestServer.KB).assess(new AssessmentRequest(
                Evidence.EMPTY.with("cramps_at_rest_night", Value.of(true)), Audience.PATIENT, 1));

        String reused = SessionJson.session(session(a, AssessmentJson.text(a))).toString();
        String written = SessionJson.session(session(a, null)).toString();

        assertThat(reused).isEqualTo(written).contains("\"result\":" + AssessmentJson.text(a));
    }

    private static SessionAssessment session(Assessment a, String resultJson) {
        return new SessionAssessment("id", 1, null, CREATED, CREATED, 1, a, null, Set.of(), resultJson);
    }
}
