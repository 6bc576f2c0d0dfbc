package org.spasmcheck.engine.model;

/**
 * Parameters of the scoring model, stated and cited in knowledge-base.yaml.
 *
 * @param lrMin                     lower cap of every likelihood ratio
 * @param lrMax                     upper cap of every likelihood ratio
 * @param unexplainedFrequencyFactor P(finding | condition) / background for a symptom the condition does not list
 * @param siteMismatchLr            LR of a cramp site the condition does not affect
 */
public record ModelParameters(double lrMin, double lrMax, double unexplainedFrequencyFactor, double siteMismatchLr,
                              Citation citation) {
    public double cap(double lr) {
        return Math.max(lrMin, Math.min(lrMax, lr));
    }
}
