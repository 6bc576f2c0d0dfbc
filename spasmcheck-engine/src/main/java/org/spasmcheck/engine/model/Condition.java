package org.spasmcheck.engine.model;

import java.util.List;
import java.util.Set;
import org.spasmcheck.engine.expression.Expression;

/** A cause of cramps or spasms, with everything the knowledge base says about it. */
public record Condition(
        String id,
        String name,
        String layName,
        String icd10,
        String summary,
        String clinicianSummary,
        Prior prior,
        Expression excludedIf,
        Set<String> sites,
        List<LikelihoodRatioEntry> likelihoodRatios,
        TriageFloor triage,
        List<WorkupItem> workup,
        List<Treatment> treatments,
        List<Advice> prevention,
        List<String> safetyNet,
        List<String> keyFacts) {

    public Condition {
        sites = Set.copyOf(sites);
        likelihoodRatios = List.copyOf(likelihoodRatios);
        workup = List.copyOf(workup);
        treatments = List.copyOf(treatments);
        prevention = List.copyOf(prevention);
        safetyNet = List.copyOf(safetyNet);
        keyFacts = List.copyOf(keyFacts);
    }
}
