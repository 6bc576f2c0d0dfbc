package org.spasmcheck.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spasmcheck.store.Database;

/** Every row of every table of a SQLite database, in a stable order: equal snapshots mean nothing was changed. */
record StoredData(Map<String, List<String>> tables) {

    static StoredData of(Database database) {
        return database.jdbi().withHandle(h -> {
            Map<String, List<String>> tables = new TreeMap<>();
            for (String table : h.createQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
                    .mapTo(String.class).list()) {
                tables.put(table, h.createQuery("SELECT * FROM \"" + table + "\"").mapToMap().list().stream()
                        .map(row -> new TreeMap<>(row).toString()).sorted(Comparator.naturalOrder()).toList());
            }
            return new StoredData(tables);
        });
    }

    int rows() {
        return tables.values().stream().mapToInt(List::size).sum();
    }
}
