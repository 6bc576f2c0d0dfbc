package org.spasmcheck.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.spasmcheck.store.Database;
import picocli.CommandLine.Option;

/** {@code --db JDBC_URL} and {@code --data-dir DIR}: the database of {@code serve}, {@code diary} and {@code report}. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "database: jdbc:postgresql://host/db?user=...&password=... or jdbc:sqlite:FILE "
                    + "(default: a SQLite file in --data-dir)")
    String url;

    @Option(names = "--data-dir", defaultValue = "data", paramLabel = "DIR",
            description = "where the default SQLite file lives; created if missing (default: ${DEFAULT-VALUE})")
    Path dataDir;

    /** Opens the database (migrating its schema); the caller closes it. */
    Database open() {
        String jdbcUrl;
        try {
            jdbcUrl = url == null ? Database.defaultSqliteUrl(dataDir) : url;
        } catch (UncheckedIOException e) {
            throw new BadInputException("--data-dir: cannot create the data directory " + dataDir);
        }
        try {
            return Database.open(jdbcUrl);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--db: " + e.getMessage());
        }
    }
}
