package org.spasmcheck.engine.differential;

/**
 * How a yes to a red-flag finding weighs on a condition. For triage the weighting is one-sided, so that adding a
 * present red flag can only raise the condition under test and only lower its competitors (docs/ENGINE.md, Triage).
 */
public enum RedFlagWeighting {
    /** The likelihood ratio as it is (the differential). */
    AS_IS,
    /** Counts only when it raises the condition: LR floored at 1. */
    NEVER_LOWER,
    /** Counts only when it lowers the condition: LR capped at 1. */
    NEVER_RAISE;

    double apply(double lr) {
        return switch (this) {
            case AS_IS -> lr;
            case NEVER_LOWER -> Math.max(1.0, lr);
            case NEVER_RAISE -> Math.min(1.0, lr);
        };
    }
}
