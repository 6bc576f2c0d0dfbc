package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.store.AnswerEvent;
import org.spasmcheck.store.Database;
import org.spasmcheck.store.StoredAssessment;

/**
 * Clients answering one assessment at the same time, through two servers on one database (as two processes behind a
 * load balancer would: each server has its own connection pool and its own in-process lock, so only the store's
 * version check stands between them). Seeded: the seed picks how many clients race in each round, which server each
 * uses, and what they answer; which request wins is up to the scheduler.
 */
class ConcurrentAnswersApiTest extends ApiTestSupport {
    /** Rounds per seed; in each, 2 to {@value #MAX_CLIENTS} clients race on the version they all read. */
    static final int ROUNDS = 12;
    static final int MAX_CLIENTS = 5;
    static final long TIMEOUT_SECONDS = 60;

    TestServer second;
    ApiClient secondApi;
    ExecutorService clients;

    @BeforeEach
    void startSecondServerOnTheSameDatabase() {
        second = TestServer.start(Database.open(Database.defaultSqliteUrl(dataDir)), ServerSettings.defaults(0));
        secondApi = new ApiClient(second);
        clients = Executors.newFixedThreadPool(MAX_CLIENTS);
    }

    @AfterEach
    void stopSecondServer() {
        clients.shutdownNow();
        second.close();
    }

    /**
     * Each round, every client reads the assessment and sends an answer at the version it read: exactly one gets
     * 200, every other gets 409 with the state that includes the winner's answer (exactly what GET returns then),
     * and in the end the log holds exactly the acknowledged answers, in order, with a snapshot computed from all of
     * them.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {7, 19, 2026})
    void clientsAnsweringAtTheVersionTheyRead_exactlyOneWinsEachVersion_andNoAcknowledgedAnswerIsLost(long seed)
            throws Exception {
        Random random = new Random(seed);
        AssessmentApiTest.Created a = AssessmentApiTest.create(api, "");
        List<String> unanswered = booleanFindings(random);
        Map<String, Boolean> acknowledged = new LinkedHashMap<>();
        int requests = 0;
        int conflicts = 0;
        for (int round = 0; round < ROUNDS; round++) {
            int racers = 2 + random.nextInt(MAX_CLIENTS - 1);
            List<ApiClient> via = new ArrayList<>();
            List<Callable<ApiClient.Response>> sends = new ArrayList<>();
            List<String> findings = new ArrayList<>();
            List<Boolean> values = new ArrayList<>();
            for (int racer = 0; racer < racers; racer++) {
                ApiClient client = random.nextBoolean() ? api : secondApi;
                long version = client.get(a.path(), "Authorization", a.auth()).json().get("version").asLong();
                String finding = unanswered.remove(unanswered.size() - 1);
                boolean value = random.nextBoolean();
                via.add(client);
                findings.add(finding);
                values.add(value);
                String body = "{\"answers\": {\"" + finding + "\": " + value + "}, \"version\": " + version + "}";
                sends.add(() -> client.post(a.path() + "/answers", body, "Authorization", a.auth()));
            }
            List<ApiClient.Response> responses = race(sends);
            requests += racers;

            List<Integer> winners = new ArrayList<>();
            for (int racer = 0; racer < racers; racer++) {
                if (responses.get(racer).status() == 200) {
                    winners.add(racer);
                }
            }
            assertThat(winners).as("round %d: %s", round, responses).hasSize(1);
            int winner = winners.get(0);
            acknowledged.put(findings.get(winner), values.get(winner));
            JsonNode won = responses.get(winner).json();
            JsonNode now = via.get(winner).get(a.path(), "Authorization", a.auth()).json();
            for (int racer = 0; racer < racers; racer++) {
                if (racer != winner) {
                    conflicts++;
                    ApiClient.Response lost = responses.get(racer);
                    RequestValidationApiTest.assertProblem(lost, 409, Problems.VERSION_CONFLICT);
                    assertThat(lost.json().get("current")).as("the state with the winner's answer").isEqualTo(now);
                    assertThat(lost.json().get("current").get("version")).isEqualTo(won.get("version"));
                }
            }
        }

        assertAllRecordedAndSnapshotAgrees(a, acknowledged);
        System.out.printf("Concurrent answers, seed %d: %d rounds, %d requests, %d answered, %d got 409%n",
                seed, ROUNDS, requests, acknowledged.size(), conflicts);
    }

    /**
     * Without a version, answers sent at the same time through both servers are all recorded, none lost: a change
     * that loses the race to the other server is recomputed on top of the winner's answers. (Each server lets its own
     * requests take turns, so one can lose at most once per request of the other server: fewer than the attempts the
     * service makes.)
     */
    @Test
    void clientsAnsweringWithoutAVersion_throughBothServers_areAllRecorded() throws Exception {
        AssessmentApiTest.Created a = AssessmentApiTest.create(api, "");
        List<String> findings = booleanFindings(new Random(1)).subList(0, 2 * MAX_CLIENTS);
        Map<String, Boolean> acknowledged = new LinkedHashMap<>();
        List<Callable<ApiClient.Response>> sends = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            ApiClient client = i % 2 == 0 ? api : secondApi;
            String body = "{\"answers\": {\"" + findings.get(i) + "\": true}}";
            acknowledged.put(findings.get(i), true);
            sends.add(() -> client.post(a.path() + "/answers", body, "Authorization", a.auth()));
        }

        List<ApiClient.Response> responses = race(sends);

        assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(200));
        JsonNode answers = api.get(a.path(), "Authorization", a.auth()).json().get("answers");
        assertThat(answers.size()).isEqualTo(findings.size());
        assertThat(answers.fieldNames()).toIterable().containsExactlyInAnyOrderElementsOf(findings);
        StoredAssessment stored = server.database().assessments().find(a.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(stored.log().size()).isEqualTo(findings.size());
        assertSnapshotIsTheCurrentResult(a, stored);
    }

    /** Sends all at once (as near as threads allow) and returns the responses in the order given. */
    private List<ApiClient.Response> race(List<Callable<ApiClient.Response>> sends) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ApiClient.Response>> pending = new ArrayList<>();
        for (Callable<ApiClient.Response> send : sends) {
            pending.add(clients.submit(() -> {
                start.await();
                return send.call();
            }));
        }
        start.countDown();
        List<ApiClient.Response> responses = new ArrayList<>();
        for (Future<ApiClient.Response> response : pending) {
            responses.add(response.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        }
        return responses;
    }

    /** The acknowledged answers are the log after creation, in order; the snapshot is computed from all of them. */
    private void assertAllRecordedAndSnapshotAgrees(AssessmentApiTest.Created a, Map<String, Boolean> acknowledged)
            throws JsonProcessingException {
        JsonNode state = api.get(a.path(), "Authorization", a.auth()).json();
        Map<String, Boolean> recorded = new LinkedHashMap<>();
        state.get("answers").fields().forEachRemaining(e -> recorded.put(e.getKey(), e.getValue().asBoolean()));
        assertThat(recorded).containsExactlyEntriesOf(acknowledged);
        StoredAssessment stored = server.database().assessments().find(a.id()).orElseThrow();
        assertThat(stored.log()).extracting(AnswerEvent::findingId)
                .containsExactlyElementsOf(acknowledged.keySet());
        assertThat(stored.version()).isEqualTo(stored.log().size());
        assertSnapshotIsTheCurrentResult(a, stored);
    }

    /** The stored snapshot equals the result recomputed from the log (GET recomputes it): nothing half-written. */
    private void assertSnapshotIsTheCurrentResult(AssessmentApiTest.Created a, StoredAssessment stored)
            throws JsonProcessingException {
        JsonNode recomputed = api.get(a.path(), "Authorization", a.auth()).json().get("result");
        String snapshot = server.database().assessments().findSnapshot(stored.id()).orElseThrow().resultJson();
        assertThat(ApiClient.JSON.readTree(snapshot)).isEqualTo(recomputed);
    }

    /** The yes/no findings of the knowledge base, shuffled by the seed. */
    private static List<String> booleanFindings(Random random) {
        List<String> findings = new ArrayList<>(TestServer.KB.findings().values().stream()
                .filter(f -> f.type() == FindingType.BOOLEAN).map(Finding::id).sorted().toList());
        Collections.shuffle(findings, random);
        assertThat(findings).as("enough findings to race on").hasSizeGreaterThan(ROUNDS * MAX_CLIENTS);
        return findings;
    }
}
