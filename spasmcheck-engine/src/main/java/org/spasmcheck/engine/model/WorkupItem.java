package org.spasmcheck.engine.model;

/** A test to discuss with a clinician. */
public record WorkupItem(String test, String lay, String when, Citation citation) {
}
