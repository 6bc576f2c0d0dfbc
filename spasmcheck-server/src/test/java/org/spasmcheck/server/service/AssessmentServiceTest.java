package org.spasmcheck.server.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.json.AssessmentJson;
import org.spasmcheck.store.Database;

class AssessmentServiceTest {
    @TempDir
    Path dir;
    Database database;
    AssessmentService service;

    @BeforeEach
    void open() {
        database = Database.open(Database.defaultSqliteUrl(dir));
        service = new AssessmentService(new Engine(TestServer.KB), database.assessments(), Clock.systemUTC(),
                new SecureRandom());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void simultaneousAnswers_allEndUpInTheStoredResult() throws Exception {
        SessionAssessment created = service.create(Evidence.EMPTY);
        List<String> findings = List.of("cramps_at_rest_night", "cramp_hard_knot", "cramps_wake_you", "soreness_after",
                "cramp_relieved_stretch", "urge_to_move", "cramps_with_exercise", "heat_sweating");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<SessionAssessment>> results = new ArrayList<>();
            for (String f : findings) {
                results.add(pool.submit(() -> service.answer(created.id(), created.token(), Map.of(f, Value.of(true)),
                        Precondition.NONE)));
            }
            for (Future<SessionAssessment> r : results) {
                r.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }
        SessionAssessment read = service.get(created.id(), created.token());
        assertThat(read.assessment().evidence().answers()).containsKeys(findings.toArray(String[]::new));
        String snapshot = database.assessments().findSnapshot(created.id()).orElseThrow().resultJson();
        // The snapshot written last was computed from every answer, not from a stale read.
        assertThat(snapshot).isEqualTo(AssessmentJson.of(read.assessment()).toString());
    }

    @Test
    void aWrite_carriesTheResultJsonItStored_andAPlainReadCarriesNone() {
        SessionAssessment created = service.create(Evidence.EMPTY);
        SessionAssessment answered = service.answer(created.id(), created.token(),
                Map.of("cramps_at_rest_night", Value.of(true)), Precondition.atVersion(created.version()));
        SessionAssessment read = service.get(created.id(), created.token());

        assertThat(created.resultJson()).isEqualTo(AssessmentJson.of(created.assessment()).toString());
        assertThat(answered.resultJson())
                .isEqualTo(AssessmentJson.of(read.assessment()).toString())
                .isEqualTo(database.assessments().findSnapshot(created.id()).orElseThrow().resultJson());
        assertThat(read.resultJson()).isNull();
    }

    @Test
    void wrongToken_isIndistinguishableFromAnUnknownId() {
        SessionAssessment created = service.create(Evidence.EMPTY);
        assertThatThrownBy(() -> service.get(created.id(), "not-the-token"))
                .isInstanceOf(AssessmentNotAccessibleException.class);
        assertThatThrownBy(() -> service.get("no-such-id", created.token()))
                .isInstanceOf(AssessmentNotAccessibleException.class);
    }

    @Test
    void getByOperator_readsByIdAlone_withTheSameResult() {
        SessionAssessment created = service.create(Evidence.EMPTY.with("cramps_at_rest_night", Value.of(true)));
        SessionAssessment read = service.getByOperator(created.id());
        assertThat(read.token()).isNull();
        assertThat(read.assessment().evidence()).isEqualTo(created.assessment().evidence());
        assertThatThrownBy(() -> service.getByOperator("no-such-id")).isInstanceOf(AssessmentNotAccessibleException.class);
    }
}
