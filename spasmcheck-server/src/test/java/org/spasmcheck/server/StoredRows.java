package org.spasmcheck.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spasmcheck.store.Database;

/**
 * What a database holds, in counts: rows of every table, and the share links turned off. Two equal snapshots around a
 * refused request show that it changed nothing.
 */
public final class StoredRows {
    private static final List<String> COUNTS = List.of(
            "SELECT COUNT(*) FROM assessment",
            "SELECT COUNT(*) FROM answer_event",
            "SELECT COUNT(*) FROM diary",
            "SELECT COUNT(*) FROM diary_episode",
            "SELECT COUNT(*) FROM share_link",
            "SELECT COUNT(*) FROM share_link WHERE revoked_at IS NOT NULL");

    private StoredRows() {
    }

    public static Map<String, Long> snapshot(Database database) {
        Map<String, Long> out = new LinkedHashMap<>();
        database.jdbi().useHandle(h -> COUNTS.forEach(sql -> out.put(sql, h.createQuery(sql).mapTo(Long.class).one())));
        return out;
    }
}
