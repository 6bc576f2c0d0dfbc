package org.spasmcheck.cli.eval;

import org.spasmcheck.engine.model.TriageLevel;

/**
 * The result of one vignette.
 *
 * @param rank  rank of the first correct cause (1-based), 0 when not ranked
 * @param asked the questions asked in interview mode, in order, with the answers given
 */
public record VignetteOutcome(Vignette vignette, int rank, String topCause, TriageLevel triage, int questions,
                              java.util.List<String> asked) {
    public VignetteOutcome {
        asked = java.util.List.copyOf(asked);
    }

    public boolean underTriaged() {
        return vignette.minSafeTriage().isMoreUrgentThan(triage);
    }

    public boolean overTriaged() {
        return triage.isMoreUrgentThan(vignette.triage());
    }

    public boolean triageExact() {
        return triage == vignette.triage();
    }
}
