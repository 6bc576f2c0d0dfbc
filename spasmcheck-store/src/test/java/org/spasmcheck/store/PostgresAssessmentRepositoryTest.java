package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The assessment repository contract on PostgreSQL, started once for this class (see {@link TestPostgres}). */
class PostgresAssessmentRepositoryTest extends AssessmentRepositoryContract {

    private static TestPostgres postgres;

    @BeforeAll
    static void startPostgres() throws IOException {
        postgres = TestPostgres.start();
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void open_withTheUserGivenApartFromTheUrl_connects() {
        assumeTrue(postgres.embedded().isPresent(), "needs the embedded server, whose user and database are known");
        EmbeddedPostgres embedded = postgres.embedded().orElseThrow();
        String urlWithoutUser = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";

        try (Database separate = Database.open(urlWithoutUser, "postgres", null)) {
            assertThat(separate.isHealthy()).isTrue();
            assertThat(separate.kind()).isEqualTo("postgresql");
        }
    }

    @Override
    protected String databaseUrl() {
        return postgres.url();
    }

    @Override
    protected String expectedKind() {
        return "postgresql";
    }
}
