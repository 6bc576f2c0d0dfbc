package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Java Flight Recording of a server (made to profile it) holds the store's SQL, never its answers or results. */
class FlightRecordingTest {
    private static final String JDBI_STATEMENT_EVENT = "jdbi.statement";

    @Test
    void statementEvents_carryTheSqlButNoBoundValue(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("recording.jfr");
        try (Database database = Database.open(Database.defaultSqliteUrl(dir)); Recording recording = new Recording()) {
            recording.enable(JDBI_STATEMENT_EVENT);
            recording.start();
            database.assessments().create("recorded-assessment", "token-hash-value", null, Instant.now(),
                    List.of(AnswerEvent.set("cramp_location", "\"secret-answer\"", Instant.now())),
                    new ResultSnapshot("kb-version", "kb-hash", "self_care", "{\"secret\": \"secret-result\"}"));
            database.assessments().find("recorded-assessment");
            recording.stop();
            recording.dump(file);
        }

        List<RecordedEvent> events = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals(JDBI_STATEMENT_EVENT)).toList();

        assertThat(events).as("the recording saw the statements").isNotEmpty();
        assertThat(events).extracting(e -> e.getString("sql")).anySatisfy(sql -> assertThat(sql).contains("assessment"));
        assertThat(events).allSatisfy(e -> assertThat(e.toString())
                .doesNotContain("secret-answer", "secret-result", "recorded-assessment", "token-hash-value"));
    }
}
