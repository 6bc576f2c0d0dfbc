package org.spasmcheck.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.spasmcheck.store.Database;
import org.spasmcheck.store.ResultSnapshot;
import org.spasmcheck.store.StoredAssessment;

/**
 * What a restarted server and its database hold for an interview, compared with what the test was told:
 * <ul>
 *   <li>the answer log holds every acknowledged answer, in the order sent, and the request that got no response
 *       either whole or not at all;</li>
 *   <li>the stored result snapshot equals the result that the restarted server recomputes from that log, so the
 *       log and the snapshot were written together;</li>
 *   <li>the API shows the answers the log adds up to.</li>
 * </ul>
 * The database is read by this JVM, beside the server, through the store's own repository.
 */
final class StoredStateCheck {

    /** What became of the request that an interview sent when the server died. */
    enum Unconfirmed { NONE, STORED, ABSENT }

    private final SpasmcheckApi api;
    private final Database database;

    StoredStateCheck(SpasmcheckApi api, Database database) {
        this.api = api;
        this.database = database;
    }

    /**
     * Checks one interview and settles its unconfirmed request, if any.
     *
     * @throws AssertionError naming the interview and what differs
     */
    Unconfirmed check(Interview interview) throws IOException, InterruptedException {
        StoredAssessment stored = database.assessments().find(interview.id())
                .orElseThrow(() -> new AssertionError("assessment " + interview.id() + " was acknowledged but is gone"));
        Unconfirmed unconfirmed = settle(interview, stored.log().stream().map(LoggedAnswer::of).toList());

        JsonNode current = api.get(interview.id(), interview.token());
        ResultSnapshot storedSnapshot = database.assessments().findSnapshot(interview.id()).orElseThrow();
        JsonNode snapshot = readJson(storedSnapshot.resultJson());
        JsonNode recomputed = current.get("result");
        if (!snapshot.equals(recomputed)) {
            throw new AssertionError("assessment " + interview.id() + ": the stored result snapshot is not the result"
                    + " recomputed from its log; they differ in " + differingFields(snapshot, recomputed));
        }
        assertThat(storedSnapshot.knowledgeBaseVersion())
                .isEqualTo(current.at("/knowledge_base/version").asText());
        assertThat(storedSnapshot.knowledgeBaseHash()).isEqualTo(current.at("/knowledge_base/sha256").asText());
        assertSameAnswers(interview, current.get("answers"));
        return unconfirmed;
    }

    /** The number of assessments in the database, those whose creation got no response included. */
    long assessments() {
        return database.jdbi().withHandle(handle ->
                handle.createQuery("SELECT COUNT(*) FROM assessment").mapTo(Long.class).one());
    }

    private static Unconfirmed settle(Interview interview, List<LoggedAnswer> log) {
        List<LoggedAnswer> acknowledged = interview.expectedLog();
        List<LoggedAnswer> unconfirmed = interview.unconfirmed();
        List<LoggedAnswer> withUnconfirmed = new ArrayList<>(acknowledged);
        withUnconfirmed.addAll(unconfirmed);
        if (LoggedAnswer.sameLog(acknowledged, log)) {
            interview.settle(false);
            return unconfirmed.isEmpty() ? Unconfirmed.NONE : Unconfirmed.ABSENT;
        }
        if (!unconfirmed.isEmpty() && LoggedAnswer.sameLog(withUnconfirmed, log)) {
            interview.settle(true);
            return Unconfirmed.STORED;
        }
        throw new AssertionError("assessment " + interview.id() + ": the stored log\n  " + log
                + "\nis neither the acknowledged answers\n  " + acknowledged
                + "\nnor those followed by the whole request that got no response\n  " + unconfirmed);
    }

    /** The API's answers are the log's last answer to each finding. */
    private static void assertSameAnswers(Interview interview, JsonNode answers) {
        Map<String, JsonNode> expected = new LinkedHashMap<>();
        interview.expectedLog().forEach(answer -> expected.put(answer.findingId(), answer.value()));
        List<String> shown = new ArrayList<>();
        answers.fieldNames().forEachRemaining(shown::add);
        assertThat(shown).as("assessment %s: findings answered", interview.id())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((finding, value) -> assertThat(LoggedAnswer.sameValue(value, answers.get(finding)))
                .as("assessment %s: answer to %s is %s, sent %s", interview.id(), finding, answers.get(finding), value)
                .isTrue());
    }

    /** The top-level fields of two results that differ (the results themselves run to pages). */
    private static Set<String> differingFields(JsonNode a, JsonNode b) {
        Set<String> fields = new TreeSet<>();
        a.fieldNames().forEachRemaining(fields::add);
        b.fieldNames().forEachRemaining(fields::add);
        fields.removeIf(field -> Objects.equals(a.get(field), b.get(field)));
        return fields;
    }

    private static JsonNode readJson(String json) {
        try {
            return LoggedAnswer.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("a stored result snapshot is not JSON", e);
        }
    }
}
