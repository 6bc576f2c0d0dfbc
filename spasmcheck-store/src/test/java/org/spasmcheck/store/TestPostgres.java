package org.spasmcheck.store;

import java.io.IOException;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server for one test class: an embedded server (zonky), or the server at
 * {@value #EXTERNAL_URL_VARIABLE} when that is set (e.g. {@code jdbc:postgresql://localhost:5432/spasmcheck_test
 * ?user=spasmcheck&password=...}). Tests use fresh random ids, so an external database may already hold data.
 */
final class TestPostgres implements AutoCloseable {

    static final String EXTERNAL_URL_VARIABLE = "SPASMCHECK_TEST_PG_URL";

    private final EmbeddedPostgres embedded;
    private final String url;

    private TestPostgres(EmbeddedPostgres embedded, String url) {
        this.embedded = embedded;
        this.url = url;
    }

    /** Starts the embedded server, unless {@value #EXTERNAL_URL_VARIABLE} names one. */
    static TestPostgres start() throws IOException {
        String external = System.getenv(EXTERNAL_URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new TestPostgres(null, external);
        }
        EmbeddedPostgres embedded = EmbeddedPostgres.start();
        return new TestPostgres(embedded, embedded.getJdbcUrl("postgres", "postgres"));
    }

    String url() {
        return url;
    }

    /** The embedded server, whose user and database are known; empty when the tests use an external one. */
    Optional<EmbeddedPostgres> embedded() {
        return Optional.ofNullable(embedded);
    }

    /** Stops the embedded server (an external one is left running). */
    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
