package org.spasmcheck.engine.model;

import org.spasmcheck.engine.expression.Expression;

/** A safety message shown whenever its expression is TRUE (e.g. the FDA quinine warning for self-treatment). */
public record Alert(String id, Expression when, String text, Citation citation) {
}
