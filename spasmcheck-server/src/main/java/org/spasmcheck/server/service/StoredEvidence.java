package org.spasmcheck.server.service;

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
}
