package org.spasmcheck.server.service;

import java.util.Set;

/**
 * Which state of an assessment a change was made against. A client that read version 7 and answers "as of 7" must
 * not have its answer applied on top of changes it has not seen: it gets the current state back instead
 * ({@link AssessmentChangedException}). A change without a precondition is appended to whatever the assessment holds
 * now; the log keeps every answer, so nothing is overwritten either way.
 */
public sealed interface Precondition {

    /** No condition: apply the change to the current state. */
    Precondition NONE = new Any();

    /** Apply the change only while the assessment is at this version. */
    static Precondition atVersion(long version) {
        return new AtVersions(Set.of(version));
    }

    /** True when a change made against this precondition may be applied to the assessment at {@code version}. */
    boolean admits(long version);

    /** No condition. */
    record Any() implements Precondition {
        @Override
        public boolean admits(long version) {
            return true;
        }
    }

    /** One of these versions (an If-Match header may list several entity tags). */
    record AtVersions(Set<Long> versions) implements Precondition {
        public AtVersions {
            versions = Set.copyOf(versions);
        }

        @Override
        public boolean admits(long version) {
            return versions.contains(version);
        }
    }
}
