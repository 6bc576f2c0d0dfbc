package org.spasmcheck.engine.diary;

import java.util.List;

/** A diary escalation rule that fired, with what was measured against each of its thresholds. */
public record DiaryEscalation(DiaryEscalationRule rule, List<String> measured) {
    public DiaryEscalation {
        measured = List.copyOf(measured);
    }
}
