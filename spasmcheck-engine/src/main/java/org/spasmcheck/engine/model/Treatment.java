package org.spasmcheck.engine.model;

/** A treatment with its evidence grade; {@code warning} carries a regulatory warning (quinine) where there is one. */
public record Treatment(String name, String lay, Recommendation recommendation, EvidenceGrade grade, String effect,
                        String warning, Citation citation) {
}
