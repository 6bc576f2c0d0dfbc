package org.spasmcheck.engine.triage;

import org.spasmcheck.engine.model.Condition;

/** A condition whose triage probability (its share of the differential, red flags weighed one-sidedly) reached its action threshold, so its urgency applies. */
public record ConditionFloor(Condition condition, double probability) {
    public double threshold() {
        return condition.triage().actionThreshold();
    }
}
