package org.spasmcheck.engine.triage;

import java.util.List;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;

/**
 * The triage level and why: the most urgent of the fired rules, the floors of conditions that passed their action
 * thresholds, and the default level.
 */
public record TriageDecision(TriageLevel level, List<RedFlagRule> firedRules, List<ConditionFloor> floors,
                             TriageLevel defaultLevel) {
    public TriageDecision {
        firedRules = List.copyOf(firedRules);
        floors = List.copyOf(floors);
    }

    /** True when an emergency-level red flag fired: the interview stops and the emergency advice is given. */
    public boolean emergencyRuleFired() {
        return firedRules.stream().anyMatch(r -> r.level().isEmergency());
    }
}
