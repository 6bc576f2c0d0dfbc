package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database written by the store at schema version 2 (diaries, no assessment version) opens with this one: each
 * assessment gets the length of its answer log as its version, and writes at that version go through. On SQLite,
 * whose ALTER TABLE is the more limited of the two.
 */
class Version2MigrationTest {

    private static final Instant CREATED = Instant.parse("2026-11-22T10:00:00.100Z");
    private static final Instant ANSWERED = Instant.parse("2026-11-22T10:01:00.200Z");
    private static final Instant LATER = Instant.parse("2026-11-26T09:00:00Z");
    private static final ResultSnapshot V2_SNAPSHOT = new ResultSnapshot("2026.11.0", "sha256:0f3a9c", "ROUTINE",
            "{\"differential\":[{\"condition\":\"nocturnal_leg_cramps\",\"p\":0.55}]}");

    @TempDir
    Path dataDir;

    private String url;

    @BeforeEach
    void createDatabaseAtVersion2WithTwoAssessments() {
        url = "jdbc:sqlite:" + dataDir.resolve("spasmcheck.db");
        Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .target("2")
                .load()
                .migrate();
        // Written by SQL in version 2's columns, as the store of that version wrote them.
        Jdbi.create(url).useTransaction(handle -> {
            handle.createUpdate("INSERT INTO diary (id, key_hash, created_at) VALUES ('diary', 'key-hash', :at)")
                    .bind("at", CREATED.toEpochMilli())
                    .execute();
            for (String id : List.of("answered", "unanswered")) {
                handle.createUpdate("""
                        INSERT INTO assessment (id, token_hash, diary_id, created_at, updated_at, initial_answers,
                                                kb_version, kb_hash, triage_level, result_json)
                        VALUES (:id, 'token-hash', 'diary', :created, :answered, 0,
                                :snapshot.knowledgeBaseVersion, :snapshot.knowledgeBaseHash, :snapshot.triageLevel,
                                :snapshot.resultJson)
                        """)
                        .bind("id", id)
                        .bind("created", CREATED.toEpochMilli())
                        .bind("answered", ANSWERED.toEpochMilli())
                        .bindMethods("snapshot", V2_SNAPSHOT)
                        .execute();
            }
            handle.createUpdate("""
                    INSERT INTO answer_event (assessment_id, sequence, finding_id, operation, value_json, recorded_at,
                                              origin)
                    VALUES ('answered', 1, 'night_cramps', 'SET', 'true', :created, 'diary'),
                           ('answered', 2, 'calf_cramp', 'SET', 'true', :answered, 'person'),
                           ('answered', 3, 'night_cramps', 'SET', 'false', :answered, 'person'),
                           ('answered', 4, 'calf_cramp', 'CLEAR', NULL, :answered, 'person'),
                           ('answered', 5, 'pregnant', 'SET', NULL, :answered, 'person')
                    """)
                    .bind("created", CREATED.toEpochMilli())
                    .bind("answered", ANSWERED.toEpochMilli())
                    .execute();
        });
    }

    @Test
    void version2Database_hasNoAssessmentVersion_beforeItIsOpened() {
        assertThatThrownBy(() -> Jdbi.create(url).useHandle(handle ->
                handle.createQuery("SELECT version FROM assessment").mapTo(Long.class).list()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void version2Database_opened_givesEachAssessmentTheLengthOfItsLogAsVersion() {
        try (Database database = Database.open(url)) {
            StoredAssessment answered = database.assessments().find("answered").orElseThrow();
            StoredAssessment unanswered = database.assessments().find("unanswered").orElseThrow();

            assertThat(answered.log()).hasSize(5);
            assertThat(answered.version()).isEqualTo(5);
            assertThat(unanswered.log()).isEmpty();
            assertThat(unanswered.version()).isZero();
            assertThat(database.assessments().findSnapshot("answered")).contains(V2_SNAPSHOT);
            assertThat(answered.updatedAt()).isEqualTo(ANSWERED);
        }
    }

    @Test
    void version2Database_opened_takesWritesAtTheMigratedVersion_andRefusesStaleOnes() {
        try (Database database = Database.open(url)) {
            StoredAssessment answered = database.assessments().find("answered").orElseThrow();
            StoredAssessment unanswered = database.assessments().find("unanswered").orElseThrow();
            StoredAssessment unansweredAtOne = new StoredAssessment(unanswered.id(), unanswered.tokenHash(),
                    unanswered.diaryId(), unanswered.createdAt(), unanswered.updatedAt(), 1,
                    unanswered.initialAnswers(), unanswered.log());

            StoredAssessment appended = database.assessments().append(answered, LATER,
                    List.of(AnswerEvent.set("leg_swelling", "false", LATER)), V2_SNAPSHOT);

            assertThat(appended.version()).isEqualTo(6);
            assertThat(appended.log()).extracting(AnswerEvent::sequence).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(database.assessments().find("answered")).contains(appended);
            assertThatThrownBy(() -> database.assessments().append(unansweredAtOne, LATER,
                    List.of(AnswerEvent.set("leg_swelling", "true", LATER)), V2_SNAPSHOT))
                    .isInstanceOf(VersionConflictException.class);
            List<String> applied = database.jdbi().withHandle(handle -> handle.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL AND success = :success")
                    .bind("success", true)
                    .mapTo(String.class).list());
            assertThat(applied).containsExactlyInAnyOrder("1", "2", "3");
        }
    }
}
