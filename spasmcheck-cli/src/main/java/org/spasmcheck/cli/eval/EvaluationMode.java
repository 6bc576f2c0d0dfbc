package org.spasmcheck.cli.eval;

/** How a vignette is given to the engine (VIGNETTES.md). */
public enum EvaluationMode {
    /** All evidence at once. */
    full,
    /** Only the chief complaint; the engine asks and a simulated patient answers. */
    interview
}
