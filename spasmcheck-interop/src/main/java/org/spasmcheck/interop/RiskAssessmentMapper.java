package org.spasmcheck.interop;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentStatus;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.differential.Contribution;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.triage.ConditionFloor;
import org.spasmcheck.engine.triage.TriageDecision;

/**
 * The differential and triage as a RiskAssessment: each likely cause with its probability and, as rationale, the
 * answers for and against it with their likelihood ratios and source keys, so a clinician can check every number.
 * The triage level and the red-flag rules that fired go in a note, as the resource has no place of its own for them.
 */
final class RiskAssessmentMapper {
    /** Causes below this share are left out of the predictions (they stay in the engine's differential). */
    static final double MIN_PROBABILITY = 0.01;
    /** At most this many causes, as in the JSON API's differential (AssessmentJson.LISTED). */
    static final int MAX_PREDICTIONS = 10;

    private RiskAssessmentMapper() {
    }

    static RiskAssessment map(Assessment a, ReportSubject s) {
        RiskAssessment risk = new RiskAssessment();
        risk.setMeta(Fhir.knowledgeMeta(a));
        risk.addIdentifier(Fhir.assessmentIdentifier(s.assessmentId()));
        risk.setStatus(a.finished() ? RiskAssessmentStatus.FINAL : RiskAssessmentStatus.PRELIMINARY);
        risk.setSubject(Fhir.person(s.assessmentId()));
        risk.setOccurrence(Fhir.dateTime(s.updatedAt()));
        risk.setMethod(new CodeableConcept().setText("spasmcheck Bayesian differential (likelihood ratios, knowledge base "
                + a.knowledgeBaseVersion() + ")"));
        risk.addBasis(new Reference(Fhir.fullUrl(s.assessmentId(), "QuestionnaireResponse")));
        predicted(a).forEach(r -> risk.addPrediction(prediction(r)));
        risk.addNote(new Annotation().setText(triage(a.triage())));
        risk.addNote(new Annotation().setText(Fhir.format("Not listed: causes below %s or beyond the first %d;"
                        + " a cause outside the knowledge base (\"other cause\") has probability %s.",
                Fhir.probabilityText(MIN_PROBABILITY), MAX_PREDICTIONS,
                Fhir.probabilityText(a.differential().otherProbability()))));
        risk.addNote(new Annotation().setText(Fhir.DECISION_SUPPORT + " Knowledge base " + a.knowledgeBaseVersion()
                + ", SHA-256 " + a.knowledgeBaseHash() + "."));
        return risk;
    }

    /** The causes listed, in the differential's order. */
    static List<RankedCondition> predicted(Assessment a) {
        return a.differential().ranked().stream()
                .filter(r -> !r.excluded() && r.probability() >= MIN_PROBABILITY)
                .limit(MAX_PREDICTIONS)
                .toList();
    }

    private static RiskAssessmentPredictionComponent prediction(RankedCondition r) {
        RiskAssessmentPredictionComponent p = new RiskAssessmentPredictionComponent();
        p.setOutcome(Fhir.condition(r.condition()));
        p.setProbability(new DecimalType(Fhir.probability(r.probability())));
        p.setRationale(rationale(r));
        return p;
    }

    /** "pretest 0.0500 (S7); + calf_swelling_one_side = yes (LR 13.00, XB1); − sudden_breathless = no (LR 0.90, S3)". */
    static String rationale(RankedCondition r) {
        List<String> parts = new ArrayList<>();
        parts.add("pretest probability " + Fhir.probabilityText(r.priorProbability()) + " ("
                + Fhir.sources(r.condition().prior().citation()) + ")");
        r.findingsFor().forEach(c -> parts.add("+ " + reason(c)));
        r.findingsAgainst().forEach(c -> parts.add("\u2212 " + reason(c)));
        return String.join("; ", parts);
    }

    private static String reason(Contribution c) {
        return Fhir.format("%s = %s (LR %.2f, %s)", c.findingId(), c.answer(), c.likelihoodRatio(),
                Fhir.sources(c.citation()));
    }

    private static String triage(TriageDecision t) {
        StringBuilder text = new StringBuilder();
        text.append("Triage level: ").append(t.level().id()).append(" (").append(t.level().advice()).append(")\n");
        if (t.firedRules().isEmpty()) {
            text.append("Fired red-flag rules: none.\n");
        } else {
            text.append("Fired red-flag rules:\n");
            for (RedFlagRule rule : t.firedRules()) {
                text.append("- ").append(rule.id()).append(" (").append(rule.level().id()).append("): ")
                        .append(rule.reason().strip()).append(" [").append(Fhir.sources(rule.citation())).append("]\n");
            }
        }
        for (ConditionFloor f : t.floors()) {
            text.append(Fhir.format("Condition floor: %s at level %s (action threshold %s [%s]; highest probability"
                            + " over the answer subsets triage examines %s)\n",
                    f.condition().id(), f.condition().triage().level().id(), Fhir.probabilityText(f.threshold()),
                    Fhir.sources(f.condition().triage().citation()), Fhir.probabilityText(f.probability())));
        }
        text.append("Default level for the presentation: ").append(t.defaultLevel().id()).append('.');
        return text.toString();
    }
}
