package org.spasmcheck.engine.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a finding is, which decides its default likelihood ratio for a condition that does not list it
 * (knowledge-base/README.md, "Defaults").
 */
public enum FindingKind {
    /** Something the person feels or notices; a condition that does not explain it is made less likely. */
    SYMPTOM("symptom", true),
    /** An examination finding; treated like a symptom. */
    SIGN("sign", true),
    /** Demographics, risk factors, medicines, history: independent of conditions that do not list them. */
    CONTEXT("context", false);

    private final String id;
    private final boolean needsExplaining;

    FindingKind(String id, boolean needsExplaining) {
        this.id = id;
        this.needsExplaining = needsExplaining;
    }

    public String id() {
        return id;
    }

    public boolean needsExplaining() {
        return needsExplaining;
    }

    public static Optional<FindingKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
