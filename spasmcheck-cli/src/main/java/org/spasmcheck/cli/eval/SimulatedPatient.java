package org.spasmcheck.cli.eval;

import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

/**
 * Answers the engine's questions from a vignette's evidence (VIGNETTES.md, interview mode): a finding the vignette
 * does not list is answered "don't know" (recorded as the question's don't-know option where it has one); a
 * multi_choice question asked as a whole gets the listed options.
 */
public final class SimulatedPatient {
    private final Evidence evidence;

    public SimulatedPatient(Evidence evidence) {
        this.evidence = evidence;
    }

    public Value answer(Finding finding) {
        Value v = evidence.value(finding.id()).orElse(Value.UNKNOWN);
        return v instanceof Value.Unknown ? finding.dontKnow() : v;
    }
}
