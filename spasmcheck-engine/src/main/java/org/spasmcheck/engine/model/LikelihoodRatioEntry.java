package org.spasmcheck.engine.model;

/**
 * One cited piece of evidence linking a finding (or one option or band of it) to a condition.
 *
 * @param option the option (choice, multi_choice) or band id (number); null for boolean findings
 * @param group  correlated entries of one condition share a group; only the strongest counts
 */
public record LikelihoodRatioEntry(String findingId, String option, Reported reported, String group, Citation citation) {
}
