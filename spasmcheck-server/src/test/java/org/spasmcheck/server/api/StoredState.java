package org.spasmcheck.server.api;

import java.util.List;
import java.util.Map;
import org.spasmcheck.server.service.DiaryKey;
import org.spasmcheck.store.Database;

/**
 * Everything stored for one {@link FuzzTenant}, read straight from the database: the assessment row, its answer log,
 * its share link, the diary's episodes. Equal states mean nothing of the tenant was changed.
 */
record StoredState(List<Map<String, Object>> assessment, List<Map<String, Object>> answers,
                   List<Map<String, Object>> share, List<Map<String, Object>> episodes) {

    static StoredState of(Database database, FuzzTenant tenant) {
        return database.jdbi().withHandle(h -> new StoredState(
                h.createQuery("SELECT * FROM assessment WHERE id = :id").bind("id", tenant.assessmentId())
                        .mapToMap().list(),
                h.createQuery("SELECT * FROM answer_event WHERE assessment_id = :id ORDER BY sequence")
                        .bind("id", tenant.assessmentId()).mapToMap().list(),
                h.createQuery("SELECT * FROM share_link WHERE id = :id").bind("id", tenant.shareId()).mapToMap().list(),
                h.createQuery("SELECT * FROM diary_episode WHERE diary_id = :id ORDER BY id")
                        .bind("id", DiaryKey.id(tenant.diaryKey())).mapToMap().list()));
    }
}
