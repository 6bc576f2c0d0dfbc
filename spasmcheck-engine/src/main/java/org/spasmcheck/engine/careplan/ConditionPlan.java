package org.spasmcheck.engine.careplan;

import java.util.List;
import org.spasmcheck.engine.model.Advice;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.model.WorkupItem;

/** What to discuss and do for one likely condition; {@code rejected} is advice the evidence rejects, with why. */
public record ConditionPlan(Condition condition, double probability, List<WorkupItem> workup, List<Treatment> treatments,
                            List<Treatment> rejected, List<Advice> prevention) {
    public ConditionPlan {
        workup = List.copyOf(workup);
        treatments = List.copyOf(treatments);
        rejected = List.copyOf(rejected);
        prevention = List.copyOf(prevention);
    }
}
