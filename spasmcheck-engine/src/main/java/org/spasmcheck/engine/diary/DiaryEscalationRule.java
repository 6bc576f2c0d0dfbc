package org.spasmcheck.engine.diary;

import java.util.List;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.TriageLevel;

/**
 * A diary pattern that needs a doctor: it fires when every condition in {@code when} holds (a condition whose
 * measure is unknown does not hold). Read from knowledge-base/diary.yaml, where each threshold cites its source.
 *
 * @param reason clinician text with the source of the threshold
 * @param advice plain words for the person
 */
public record DiaryEscalationRule(String id, TriageLevel level, List<DiaryCondition> when, String reason, String advice,
                                  Citation citation) {
    public DiaryEscalationRule {
        when = List.copyOf(when);
    }
}
