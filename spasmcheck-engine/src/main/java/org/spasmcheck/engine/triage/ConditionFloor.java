package org.spasmcheck.engine.triage;

import org.spasmcheck.engine.model.Condition;

/**
 * A condition whose urgency applies: its probability reached its action threshold, or it is the most likely cause.
 * {@code probability} is its share of the differential (the highest over the evidence subsets triage examines).
 */
public record ConditionFloor(Condition condition, double probability) {
    public double threshold() {
        return condition.triage().actionThreshold();
    }
}
