package org.spasmcheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @Nested
    class Urls {

        @Test
        void open_unsupportedScheme_namesTheSchemeAndTheAllowedOnes_butNotTheRestOfTheUrl() {
            assertThatThrownBy(() -> Database.open("jdbc:mysql://db.example/spasmcheck?password=hunter2"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"jdbc:mysql:\"")
                    .hasMessageContaining("jdbc:sqlite:")
                    .hasMessageContaining("jdbc:postgresql:")
                    .message().doesNotContain("hunter2");
        }

        @Test
        void open_urlWithoutJdbcPrefix_namesItsScheme() {
            assertThatThrownBy(() -> Database.open("postgres://localhost/spasmcheck"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("\"postgres:\"")
                    .hasMessageContaining("jdbc:postgresql:");
        }

        @Test
        void open_pathWithoutScheme_saysThereIsNoScheme() {
            assertThatThrownBy(() -> Database.open("spasmcheck.db"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no scheme")
                    .hasMessageContaining("jdbc:sqlite:");
        }

        @Test
        void defaultSqliteUrl_createsTheDataDirectory_andNamesTheFileInIt(@TempDir Path temp) {
            Path dataDir = temp.resolve("data").resolve("spasmcheck");

            String url = Database.defaultSqliteUrl(dataDir);

            assertThat(dataDir).isDirectory();
            assertThat(url).isEqualTo("jdbc:sqlite:" + dataDir.resolve("spasmcheck.db"));
        }

        @Test
        void open_defaultSqliteUrl_createsTheDatabaseFile(@TempDir Path temp) {
            Path dataDir = temp.resolve("data");

            try (Database database = Database.open(Database.defaultSqliteUrl(dataDir))) {
                assertThat(database.kind()).isEqualTo("sqlite");
                assertThat(database.isHealthy()).isTrue();
            }
            assertThat(Files.exists(dataDir.resolve("spasmcheck.db"))).isTrue();
        }
    }

    @Nested
    class SqliteConnections {

        @TempDir
        Path dataDir;

        @Test
        void enforceForeignKeys_useWal_syncFully_andWaitWhenAnotherProcessWrites() {
            try (Database database = Database.open(Database.defaultSqliteUrl(dataDir))) {
                assertThat(pragma(database, "foreign_keys")).isEqualTo("1");
                assertThat(pragma(database, "journal_mode")).isEqualTo("wal");
                assertThat(pragma(database, "synchronous")).as("2 = FULL").isEqualTo("2");
                assertThat(Integer.parseInt(pragma(database, "busy_timeout"))).isPositive();
            }
        }

        private static String pragma(Database database, String name) {
            return database.jdbi().withHandle(handle ->
                    handle.createQuery("PRAGMA " + name).mapTo(String.class).one());
        }
    }
}
