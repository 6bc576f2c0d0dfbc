package org.spasmcheck.engine.differential;

import org.spasmcheck.engine.model.Citation;

/**
 * One answer's weight on one condition: the finding, the answer, the likelihood ratio applied and its source.
 *
 * @param option  the option or band scored (null for boolean findings)
 * @param counted false when a stronger finding of the same correlated group was counted instead
 */
public record Contribution(String findingId, String option, String answer, double likelihoodRatio, MatchType matchType,
                           String group, Citation citation, boolean counted) {

    public boolean supports() {
        return likelihoodRatio > 1.0;
    }

    public boolean opposes() {
        return likelihoodRatio < 1.0;
    }

    Contribution uncounted() {
        return new Contribution(findingId, option, answer, likelihoodRatio, matchType, group, citation, false);
    }
}
