package org.spasmcheck.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.diary.DiaryRules;
import org.spasmcheck.engine.expression.Expression;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingKind;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.InterviewSettings;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.LikelihoodRatioEntry;
import org.spasmcheck.engine.model.ModelParameters;
import org.spasmcheck.engine.model.Prior;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.Reported;
import org.spasmcheck.engine.model.TriageFloor;
import org.spasmcheck.engine.model.TriageLevel;

/** The small knowledge base of the worked example in docs/ENGINE.md, built by hand. */
final class WorkedExample {
    static final Citation EXAMPLE = Citation.estimated("worked example");

    private WorkedExample() {
    }

    static Finding bool(String id, FindingKind kind, double background) {
        return new Finding(id, id + "?", FindingType.BOOLEAN, kind, Audience.PATIENT, "why " + id, List.of(), Map.of(),
                null, null, null, List.of(), Map.of(Finding.YES, background), EXAMPLE, Expression.ALWAYS, Map.of(), null);
    }

    static Condition condition(String id, double prior, TriageLevel floor, double threshold,
                               List<LikelihoodRatioEntry> lrs) {
        return new Condition(id, id, id, "", "", "", new Prior(prior, EXAMPLE, List.of(), Map.of(), null),
                new Expression.Any(List.of()), Set.of(), lrs, new TriageFloor(floor, threshold, EXAMPLE),
                List.of(), List.of(), List.of(), List.of(), List.of());
    }

    static LikelihoodRatioEntry entry(String finding, Reported reported) {
        return new LikelihoodRatioEntry(finding, null, reported, null, EXAMPLE);
    }

    /**
     * Night cramps (prior 0.30) against vascular claudication (prior 0.05); two findings; one red-flag rule.
     */
    static KnowledgeBase knowledgeBase() {
        Finding night = bool("cramps_at_rest_night", FindingKind.SYMPTOM, 0.5);
        Finding walk = bool("walk_pain_stops_standing", FindingKind.SYMPTOM, 0.04);
        Finding cold = bool("cold_pale_leg_sudden", FindingKind.SYMPTOM, 0.005);
        Condition nlc = condition("nocturnal_leg_cramps", 0.30, TriageLevel.SELF_CARE, 0.5,
                List.of(entry("cramps_at_rest_night", new Reported.Frequency(0.9))));
        Condition pad = condition("peripheral_artery_disease", 0.05, TriageLevel.CONSULTATION, 0.3, List.of(
                entry("walk_pain_stops_standing", new Reported.Ratios(20, null)),
                entry("cramps_at_rest_night", new Reported.Frequency(0.3))));
        RedFlagRule limb = new RedFlagRule("acute_limb_ischemia", TriageLevel.EMERGENCY_AMBULANCE, true,
                new Expression.Is("cold_pale_leg_sudden", true), "6 Ps", "Call an ambulance now.", EXAMPLE,
                List.of("cold_pale_leg_sudden"), Expression.ALWAYS);
        Map<String, Finding> findings = new java.util.LinkedHashMap<>();
        findings.put(night.id(), night);
        findings.put(walk.id(), walk);
        findings.put(cold.id(), cold);
        return new KnowledgeBase("example", "1", "0".repeat(64), "worked example",
                new ModelParameters(0.02, 50, 0.3, 0.2, EXAMPLE),
                new InterviewSettings(List.of(), 20, 0.8, 0.02, 0, EXAMPLE),
                TriageLevel.SELF_CARE, Map.of(), findings, List.of(nlc, pad), List.of(limb), List.of(),
                Map.of(), "Not a diagnosis.", List.of(),
                new DiaryRules(4, 8, 3, 0.5, EXAMPLE, List.of()));
    }
}
