package org.spasmcheck.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/** The knowledge base could not be loaded; carries every problem found, not just the first. */
public final class KnowledgeBaseException extends RuntimeException {
    private final transient List<ValidationIssue> issues;

    public KnowledgeBaseException(List<ValidationIssue> issues) {
        super(issues.stream().map(ValidationIssue::format).collect(Collectors.joining("\n")));
        this.issues = List.copyOf(issues);
    }

    public List<ValidationIssue> issues() {
        return issues;
    }
}
