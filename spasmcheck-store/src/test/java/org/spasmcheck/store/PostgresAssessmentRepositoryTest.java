package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The repository contract on PostgreSQL: an embedded server (zonky) started once for this class, or the server at
 * {@value #EXTERNAL_URL_VARIABLE} when that is set (e.g. {@code jdbc:postgresql://localhost:5432/spasmcheck_test
 * ?user=spasmcheck&password=...}). Tests use fresh random ids, so an external database may already hold data.
 */
class PostgresAssessmentRepositoryTest extends AssessmentRepositoryContract {

    static final String EXTERNAL_URL_VARIABLE = "SPASMCHECK_TEST_PG_URL";

    private static EmbeddedPostgres embedded;
    private static String url;

    @BeforeAll
    static void startPostgres() throws IOException {
        String external = System.getenv(EXTERNAL_URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            url = external;
        } else {
            embedded = EmbeddedPostgres.start();
            url = embedded.getJdbcUrl("postgres", "postgres");
        }
    }

    @AfterAll
    static void stopPostgres() throws IOException {
        if (embedded != null) {
            embedded.close();
            embedded = null;
        }
    }

    @Test
    void open_withTheUserGivenApartFromTheUrl_connects() {
        assumeTrue(embedded != null, "needs the embedded server, whose user and database are known");
        String urlWithoutUser = "jdbc:postgresql://localhost:" + embedded.getPort() + "/postgres";

        try (Database separate = Database.open(urlWithoutUser, "postgres", null)) {
            assertThat(separate.isHealthy()).isTrue();
            assertThat(separate.kind()).isEqualTo("postgresql");
        }
    }

    @Override
    protected String databaseUrl() {
        return url;
    }

    @Override
    protected String expectedKind() {
        return "postgresql";
    }
}
