package org.spasmcheck.engine.differential;

import java.util.List;

/** The summed log likelihood ratio of a condition and the contributions behind it. */
public record ConditionScore(double logLikelihoodRatio, List<Contribution> contributions) {
    public ConditionScore {
        contributions = List.copyOf(contributions);
    }
}
