package org.spasmcheck.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.store.Database;

/**
 * Crash consistency (issue 6): {@code spasmcheck serve} runs as a process of its own and is killed with SIGKILL at
 * seeded moments while interviews are being answered, then restarted on the same database. After every restart,
 * every answer whose response came back is stored, in order; a request cut off by the kill is stored whole or not
 * at all; and each stored result equals the result recomputed from the stored answers.
 *
 * <p>Short mode ({@value CrashSettings#SHORT_MODE_KILLS} kills per database) in every build; the long mode and the
 * figures are in docs/RELIABILITY.md, "Crash consistency".
 */
class CrashConsistencyTest {
    private static KnowledgeBase kb;
    private static CrashSettings settings;

    @TempDir
    Path work;

    @BeforeAll
    static void loadKnowledgeBaseAndSettings() {
        kb = YamlKnowledgeBaseLoader.shipped();
        settings = CrashSettings.fromSystemProperties();
    }

    @Test
    void sqlite_everyAcknowledgedAnswerSurvivesEachSigkill() throws IOException, InterruptedException {
        Path dataDir = work.resolve("data");

        CrashFigures figures = run("sqlite", List.of("--data-dir", dataDir.toString()),
                Database.defaultSqliteUrl(dataDir));

        assertThat(figures.killsSurvived()).isEqualTo(settings.kills());
    }

    /** PostgreSQL runs in this JVM and outlives the server processes: the server is what gets killed. */
    @Test
    void postgresql_everyAcknowledgedAnswerSurvivesEachSigkillOfTheServer() throws IOException, InterruptedException {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");

            CrashFigures figures = run("postgresql", List.of("--db", url), url);

            assertThat(figures.killsSurvived()).isEqualTo(settings.kills());
        }
    }

    /** Runs the kills; the checks after each restart throw at the first thing lost or half stored. */
    private CrashFigures run(String database, List<String> serverArguments, String jdbcUrl)
            throws IOException, InterruptedException {
        CrashFigures figures = new CrashCampaign(settings, kb, database, serverArguments, jdbcUrl, work).run();
        System.out.println("crash consistency, " + figures.summary());
        return figures;
    }
}
