package org.spasmcheck.store;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The diary repository contract on PostgreSQL, started once for this class (see {@link TestPostgres}). */
class PostgresDiaryRepositoryTest extends DiaryRepositoryContract {

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

    @Override
    protected String databaseUrl() {
        return postgres.url();
    }
}
