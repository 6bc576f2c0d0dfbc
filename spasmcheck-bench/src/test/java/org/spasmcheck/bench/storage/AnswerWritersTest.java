package org.spasmcheck.bench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.spasmcheck.bench.ScratchDirectory;
import org.spasmcheck.bench.Vignette;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.store.Database;

/** Each writer really records one answer row per write (the figures count rows, not calls). */
class AnswerWritersTest {
    /** Rows of the log that answered a question (not the opening answers given at creation). */
    private static final String ANSWERED_ROWS = """
            SELECT COUNT(*) FROM answer_event e JOIN assessment a ON a.id = e.assessment_id
             WHERE e.sequence > a.initial_answers
            """;

    private ScratchDirectory dir;
    private Database database;

    @BeforeEach
    void open() {
        dir = ScratchDirectory.create("answer-writers-test");
        database = Database.open(Database.defaultSqliteUrl(dir.path()));
    }

    @AfterEach
    void close() {
        database.close();
        dir.close();
    }

    @Test
    void rawInsertFloor_writesOneRowPerWrite() {
        writeTimes(new RawInsertFloor(database), 7);

        assertThat(answeredRows()).isEqualTo(7);
    }

    @Test
    void rawSnapshotFloor_writesOneRowPerWrite_andTheSnapshot() {
        String snapshot = "{\"result\": \"" + "x".repeat(20_000) + "\"}";

        writeTimes(new RawSnapshotFloor(database, snapshot), 5);

        assertThat(answeredRows()).isEqualTo(5);
        String stored = database.jdbi().withHandle(h -> h.createQuery("SELECT result_json FROM assessment")
                .mapTo(String.class).one());
        assertThat(stored).isEqualTo(snapshot);
    }

    @Test
    void answerPath_recordsOneAnswerPerWrite_acrossInterviews() {
        List<Vignette> vignettes = Vignette.development();

        // More answers than one interview asks, so that the path also moves on to the next vignette.
        writeTimes(new AnswerPath(YamlKnowledgeBaseLoader.shipped(), database, vignettes), 40);

        assertThat(answeredRows()).isEqualTo(40);
        long assessments = database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM assessment")
                .mapTo(Long.class).one());
        assertThat(assessments).as("interviews started").isGreaterThan(1);
    }

    private static void writeTimes(AnswerWriter writer, int times) {
        try (writer) {
            for (int i = 0; i < times; i++) {
                writer.prepare();
                writer.write();
            }
        }
    }

    private long answeredRows() {
        return database.jdbi().withHandle(h -> h.createQuery(ANSWERED_ROWS).mapTo(Long.class).one());
    }
}
