package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.spasmcheck.store.AnswerEvent.Origin.DIARY;
import static org.spasmcheck.store.AnswerEvent.Origin.PERSON;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by an earlier version of the store opens with this one: {@link Database#open} migrates it, and
 * the rows already there read back unchanged. On SQLite, whose ALTER TABLE is the more limited of the two.
 */
class MigrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-20T08:15:00.250Z");
    private static final Instant ANSWERED = Instant.parse("2026-11-20T08:16:30.500Z");
    private static final Instant UPDATED = Instant.parse("2026-11-20T08:17:45.750Z");
    private static final Instant LATER = Instant.parse("2026-11-25T09:00:00Z");
    private static final ResultSnapshot V1_SNAPSHOT = new ResultSnapshot("2026.11.0", "sha256:0f3a9c", "URGENT",
            "{\"differential\":[{\"condition\":\"idiopathic_cramp\",\"p\":0.41}]}");

    @TempDir
    Path dataDir;

    private String url;

    @BeforeEach
    void createDatabaseAtVersion1WithAnAssessment() {
        url = "jdbc:sqlite:" + dataDir.resolve("spasmcheck.db");
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .target("1")
                .load()
                .migrate();
        // Written by SQL in version 1's columns, as the store of that version wrote them: times as epoch millis.
        Jdbi.create(url).useTransaction(handle -> {
            handle.createUpdate("""
                    INSERT INTO assessment (id, token_hash, created_at, updated_at, initial_answers,
                                            kb_version, kb_hash, triage_level, result_json)
                    VALUES ('old-assessment', 'old-token-hash', :created, :updated, 1,
                            :snapshot.knowledgeBaseVersion, :snapshot.knowledgeBaseHash, :snapshot.triageLevel,
                            :snapshot.resultJson)
                    """)
                    .bind("created", CREATED.toEpochMilli())
                    .bind("updated", UPDATED.toEpochMilli())
                    .bindMethods("snapshot", V1_SNAPSHOT)
                    .execute();
            handle.createUpdate("""
                    INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at)
                    VALUES ('old-assessment', 1, 'calf_cramp', 'SET', 'true', :created),
                           ('old-assessment', 2, 'pregnant', 'SET', NULL, :answered),
                           ('old-assessment', 3, 'night_cramps', 'SET', 'true', :answered),
                           ('old-assessment', 4, 'night_cramps', 'CLEAR', NULL, :updated)
                    """)
                    .bind("created", CREATED.toEpochMilli())
                    .bind("answered", ANSWERED.toEpochMilli())
                    .bind("updated", UPDATED.toEpochMilli())
                    .execute();
        });
    }

    @Test
    void version1Database_isAtVersion1_beforeItIsOpened() {
        assertThatThrownBy(() -> Jdbi.create(url).useHandle(handle ->
                handle.createQuery("SELECT origin FROM answer_event").mapTo(String.class).list()))
                .as("no origin column yet")
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void version1Database_opened_keepsItsAssessment_withAnswersByThePerson_andNoDiary() {
        try (Database database = Database.open(url)) {
            StoredAssessment found = database.assessments().find("old-assessment").orElseThrow();

            List<AnswerEvent> log = List.of(
                    new AnswerEvent(1, "calf_cramp", AnswerEvent.Operation.SET, "true", CREATED, PERSON),
                    new AnswerEvent(2, "pregnant", AnswerEvent.Operation.SET, null, ANSWERED, PERSON),
                    new AnswerEvent(3, "night_cramps", AnswerEvent.Operation.SET, "true", ANSWERED, PERSON),
                    new AnswerEvent(4, "night_cramps", AnswerEvent.Operation.CLEAR, null, UPDATED, PERSON));
            assertThat(found).isEqualTo(new StoredAssessment("old-assessment", "old-token-hash", null, CREATED,
                    UPDATED, log.size(), 1, log));
            assertThat(database.assessments().findSnapshot("old-assessment")).contains(V1_SNAPSHOT);
        }
    }

    @Test
    void version1Database_opened_isAtTheLatestVersion_andTakesDiariesAndDiaryAnswers() {
        try (Database database = Database.open(url)) {
            database.diaries().createDiary("new-diary", "key-hash", LATER);
            database.assessments().create("new-assessment", "new-token-hash", "new-diary", LATER,
                    List.of(AnswerEvent.setFromDiary("night_cramps", "true", LATER)), V1_SNAPSHOT);
            StoredAssessment old = database.assessments().append(
                    database.assessments().find("old-assessment").orElseThrow(), LATER,
                    List.of(AnswerEvent.setFromDiary("cramps_per_week", "3", LATER)), V1_SNAPSHOT);

            assertThat(old.log()).extracting(AnswerEvent::origin).containsExactly(PERSON, PERSON, PERSON, PERSON,
                    DIARY);
            assertThat(database.assessments().find("new-assessment").orElseThrow().diaryId())
                    .isEqualTo("new-diary");
            List<String> applied = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = :success")
                    .bind("success", true)
                    .mapTo(String.class).list());
            assertThat(applied).containsExactlyInAnyOrder("1", "2", "3");
        }
    }
}
