package org.spasmcheck.server.service;

/** A field of the person's input that is wrong: its name, what is wrong, and what is allowed. */
public record FieldProblem(String field, String message, String allowed) {
}
