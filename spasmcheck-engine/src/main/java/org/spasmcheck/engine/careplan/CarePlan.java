package org.spasmcheck.engine.careplan;

import java.util.List;
import org.spasmcheck.engine.model.Alert;

/**
 * What to do: the triage advice (and each fired rule's advice), a plan per likely condition, safety alerts,
 * when to seek help, and the statement that this is not a diagnosis.
 */
public record CarePlan(String whatToDoNow, List<String> redFlagAdvice, List<ConditionPlan> conditions,
                       List<Alert> alerts, List<String> seekHelpIf, String disclaimer) {
    public CarePlan {
        redFlagAdvice = List.copyOf(redFlagAdvice);
        conditions = List.copyOf(conditions);
        alerts = List.copyOf(alerts);
        seekHelpIf = List.copyOf(seekHelpIf);
    }
}
