package org.spasmcheck.knowledge;

import java.util.ArrayList;
import java.util.List;

/** Collects validation issues; loading goes on after a problem so that all problems are reported at once. */
final class Issues {
    private final List<ValidationIssue> list = new ArrayList<>();

    void error(Node at, String message, String fix) {
        list.add(new ValidationIssue(ValidationIssue.Level.ERROR, at.file(), at.path(), message, fix));
    }

    void warning(Node at, String message, String fix) {
        list.add(new ValidationIssue(ValidationIssue.Level.WARNING, at.file(), at.path(), message, fix));
    }

    void error(String file, String message, String fix) {
        list.add(new ValidationIssue(ValidationIssue.Level.ERROR, file, "", message, fix));
    }

    boolean hasErrors() {
        return list.stream().anyMatch(i -> i.level() == ValidationIssue.Level.ERROR);
    }

    List<ValidationIssue> all() {
        return List.copyOf(list);
    }
}
