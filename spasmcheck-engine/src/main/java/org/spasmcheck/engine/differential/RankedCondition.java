package org.spasmcheck.engine.differential;

import java.util.List;
import org.spasmcheck.engine.model.Condition;

/**
 * A condition in the differential.
 *
 * @param probability      share of the differential (conditions plus "other cause" sum to 1)
 * @param priorProbability its share before any answer other than age and sex
 * @param excluded         impossible by definition for these answers (e.g. pregnancy cramps in a man)
 */
public record RankedCondition(Condition condition, double probability, double priorProbability,
                              double logLikelihoodRatio, List<Contribution> contributions, boolean excluded) {
    public RankedCondition {
        contributions = List.copyOf(contributions);
    }

    /** Counted contributions that raise the condition, strongest first. */
    public List<Contribution> findingsFor() {
        return contributions.stream().filter(Contribution::counted).filter(Contribution::supports)
                .sorted((a, b) -> Double.compare(b.likelihoodRatio(), a.likelihoodRatio())).toList();
    }

    /** Counted contributions that lower the condition, strongest first. */
    public List<Contribution> findingsAgainst() {
        return contributions.stream().filter(Contribution::counted).filter(Contribution::opposes)
                .sorted((a, b) -> Double.compare(a.likelihoodRatio(), b.likelihoodRatio())).toList();
    }
}
