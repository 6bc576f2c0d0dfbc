package org.spasmcheck.cli.eval;

import java.util.List;
import java.util.Set;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.TriageLevel;

/** One case with a known answer (VIGNETTES.md). */
public record Vignette(String id, String file, Evidence evidence, List<String> initial, String cause,
                       Set<String> acceptableCauses, TriageLevel triage, TriageLevel minSafeTriage) {
    public Vignette {
        initial = List.copyOf(initial);
        acceptableCauses = Set.copyOf(acceptableCauses);
    }

    /** The expected cause and the acceptable ones. */
    public Set<String> correctCauses() {
        java.util.Set<String> all = new java.util.HashSet<>(acceptableCauses);
        all.add(cause);
        return all;
    }

    /** The chief complaint: the listed initial findings, or age, sex and cramp_location where present. */
    public Evidence initialEvidence() {
        List<String> ids = initial.isEmpty() ? List.of("age_years", "sex", "cramp_location") : initial;
        Evidence e = Evidence.EMPTY;
        for (String id : ids) {
            Evidence current = e;
            e = evidence.value(id).map(v -> current.with(id, v)).orElse(current);
        }
        return e;
    }
}
