package org.spasmcheck.engine.model;

/** A common claim about cramps and what the evidence says instead (learn pages). */
public record Myth(String id, String claim, String problem, String fact, String clinicianNote, Citation citation) {
}
