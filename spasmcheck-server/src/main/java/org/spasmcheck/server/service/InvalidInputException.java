package org.spasmcheck.server.service;

import java.util.List;

/** Input that a use case refuses, with every field at fault (the API answers 400, the web shows the form again). */
public final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid input in " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
