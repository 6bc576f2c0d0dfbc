package org.spasmcheck.store;

import java.nio.file.Path;

import org.junit.jupiter.api.io.TempDir;

/** The share-link repository contract on SQLite: a fresh database file in a temporary directory for each test. */
class SqliteShareLinkRepositoryTest extends ShareLinkRepositoryContract {

    @TempDir
    Path dataDir;

    @Override
    protected String databaseUrl() {
        return "jdbc:sqlite:" + dataDir.resolve("spasmcheck.db");
    }
}
