package org.spasmcheck.bench.storage;

import java.util.List;
import java.util.stream.Collectors;
import org.spasmcheck.store.Database;

/** A database's durability settings as it reports them itself, for the result table. */
final class Durability {
    private static final List<String> SQLITE = List.of("journal_mode", "synchronous");
    /** SQLite's PRAGMA synchronous answers with a number; 2 is FULL (sqlite.org/pragma.html#pragma_synchronous). */
    private static final List<String> SQLITE_SYNCHRONOUS = List.of("OFF", "NORMAL", "FULL", "EXTRA");

    private Durability() {
    }

    static String of(Database database) {
        return "sqlite".equals(database.kind()) ? sqlite(database) : postgresql(database);
    }

    private static String sqlite(Database database) {
        return database.jdbi().withHandle(h -> SQLITE.stream().map(pragma -> {
            String value = h.createQuery("PRAGMA " + pragma).mapTo(String.class).one();
            return pragma + "=" + ("synchronous".equals(pragma) ? SQLITE_SYNCHRONOUS.get(Integer.parseInt(value)) : value);
        }).collect(Collectors.joining(", ")) + ", pool=1 connection");
    }

    private static String postgresql(Database database) {
        return database.jdbi().withHandle(h -> DurablePostgres.DURABILITY.keySet().stream().sorted()
                .map(setting -> setting + "=" + h.createQuery("SHOW " + setting).mapTo(String.class).one())
                .collect(Collectors.joining(", ")));
    }
}
