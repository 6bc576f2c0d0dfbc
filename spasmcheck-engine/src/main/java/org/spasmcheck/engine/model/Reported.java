package org.spasmcheck.engine.model;

/**
 * What a source reported about a finding in a condition, kept as reported so a reviewer can check it against the
 * paper (phenol's Ratio). {@link org.spasmcheck.engine.differential.LikelihoodModel} derives the likelihood ratios.
 */
public sealed interface Reported {

    /** Likelihood ratios for a yes and a no answer; lrNeg may be null when the source gives only LR+. */
    record Ratios(double lrPos, Double lrNeg) implements Reported {
    }

    /** Sensitivity and specificity of the finding for the condition. */
    record Accuracy(double sensitivity, double specificity) implements Reported {
    }

    /** Share of people with the condition who have the finding: P(finding | condition). */
    record Frequency(double frequency) implements Reported {
    }

    /** Likelihood ratio of one answer option (choice) or band (number). */
    record OptionRatio(double lr) implements Reported {
    }
}
