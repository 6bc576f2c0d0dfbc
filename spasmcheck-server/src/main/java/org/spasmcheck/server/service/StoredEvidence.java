package org.spasmcheck.server.service;

import java.util.HashSet;
import java.util.Set;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.store.AnswerEvent;
import org.spasmcheck.store.StoredAssessment;

/** Replays an assessment's answer log into evidence: SET adds or replaces an answer, CLEAR removes it. */
final class StoredEvidence {
    private StoredEvidence() {
    }

    static Evidence replay(StoredAssessment stored, KnowledgeBase kb) {
        Evidence e = Evidence.EMPTY;
        for (AnswerEvent event : stored.log()) {
            e = switch (event.operation()) {
                case SET -> e.with(event.findingId(),
                        ValueJson.decode(kb.finding(event.findingId()).orElseThrow(() ->
                                new IllegalStateException("stored answer to unknown finding " + event.findingId())),
                                event.valueJson()));
                case CLEAR -> e.without(event.findingId());
            };
        }
        return e;
    }

    /** The findings whose current answer is a SET from the diary (a later answer by the person, or a CLEAR, ends it). */
    static Set<String> fromDiary(StoredAssessment stored) {
        Set<String> out = new HashSet<>();
        for (AnswerEvent event : stored.log()) {
            if (event.operation() == AnswerEvent.Operation.SET && event.origin() == AnswerEvent.Origin.DIARY) {
                out.add(event.findingId());
            } else {
                out.remove(event.findingId());
            }
        }
        return out;
    }
}
