package org.spasmcheck.knowledge;

import java.util.List;
import java.util.Optional;
import org.spasmcheck.engine.model.KnowledgeBase;

/** A loaded knowledge base (absent when there were errors) and every issue found. */
public record LoadResult(Optional<KnowledgeBase> knowledgeBase, List<ValidationIssue> issues) {
    public LoadResult {
        issues = List.copyOf(issues);
    }

    public List<ValidationIssue> errors() {
        return issues.stream().filter(i -> i.level() == ValidationIssue.Level.ERROR).toList();
    }

    /** The knowledge base, or an exception listing every error. */
    public KnowledgeBase orThrow() {
        return knowledgeBase.orElseThrow(() -> new KnowledgeBaseException(errors()));
    }
}
