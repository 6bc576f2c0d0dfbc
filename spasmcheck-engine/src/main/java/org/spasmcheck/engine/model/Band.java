package org.spasmcheck.engine.model;

/** A range of a number finding, scored as one answer option: from (inclusive) to below (exclusive); null = open. */
public record Band(String id, Double from, Double below) {
    public boolean contains(double value) {
        return (from == null || value >= from) && (below == null || value < below);
    }
}
