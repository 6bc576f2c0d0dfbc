package org.spasmcheck.engine.model;

/** A piece of plain-language advice (prevention, alerts) with its source. */
public record Advice(String text, Citation citation) {
}
