package org.spasmcheck.engine.differential;

/** How an answer came to weigh on a condition (LIRICAL's LrMatchType). */
public enum MatchType {
    /** A cited LR for a yes answer. */
    PRESENT,
    /** A cited LR for a no answer. */
    ABSENT,
    /** A cited LR of the chosen option or band. */
    OPTION,
    /** An option or band the condition does not list, sharing the probability its listed options leave. */
    OTHER_OPTION,
    /** A present symptom or sign the condition does not list: it does not explain it. */
    UNEXPLAINED,
    /** A symptom or sign the condition does not list was answered no. */
    UNEXPLAINED_ABSENT,
    /** A cramp site the condition does not affect. */
    SITE_MISMATCH
}
