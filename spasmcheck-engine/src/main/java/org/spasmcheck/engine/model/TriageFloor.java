package org.spasmcheck.engine.model;

/**
 * The urgency a condition needs once its probability reaches its action threshold (threshold approach, Pauker and
 * Kassirer 1980): the more harm a missed condition does, the lower the threshold.
 */
public record TriageFloor(TriageLevel level, double actionThreshold, Citation citation) {
}
