package org.spasmcheck.interop;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Reference;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.careplan.ConditionPlan;
import org.spasmcheck.engine.model.Advice;
import org.spasmcheck.engine.model.Alert;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.model.WorkupItem;

/**
 * The care plan as a proposed FHIR CarePlan: what to do now (the triage advice), then per likely condition the tests
 * to discuss, the treatments with their evidence grade, the advice the evidence rejects (as activities not to
 * perform, with the reason) and prevention, each citing its sources; when to seek help and the disclaimer as notes.
 * It is a proposal for a clinician to accept or change, never an order.
 */
final class CarePlanMapper {
    private CarePlanMapper() {
    }

    static CarePlan map(Assessment a, ReportSubject s) {
        CarePlan plan = new CarePlan();
        plan.setMeta(Fhir.knowledgeMeta(a));
        plan.addIdentifier(Fhir.assessmentIdentifier(s.assessmentId()));
        plan.setStatus(a.finished() ? CarePlanStatus.ACTIVE : CarePlanStatus.DRAFT);
        plan.setIntent(CarePlanIntent.PROPOSAL);
        plan.setTitle("spasmcheck care plan (knowledge base " + a.knowledgeBaseVersion() + ")");
        plan.setDescription(description(a));
        plan.setSubject(Fhir.person(s.assessmentId()));
        plan.setCreatedElement(Fhir.dateTime(s.generatedAt()));
        plan.addSupportingInfo(new Reference(Fhir.fullUrl(s.assessmentId(), "RiskAssessment")));
        plan.addSupportingInfo(new Reference(Fhir.fullUrl(s.assessmentId(), "QuestionnaireResponse")));
        for (ConditionPlan cp : a.carePlan().conditions()) {
            activities(cp).forEach(d -> plan.addActivity().setDetail(d));
        }
        for (Alert alert : a.carePlan().alerts()) {
            plan.addNote(new Annotation().setText("Alert " + alert.id() + ": " + alert.text().strip()
                    + " [" + Fhir.sources(alert.citation()) + "]"));
        }
        for (String help : a.carePlan().seekHelpIf()) {
            plan.addNote(new Annotation().setText("When to seek help: " + help.strip()));
        }
        plan.addNote(new Annotation().setText(a.carePlan().disclaimer().strip() + " " + Fhir.DECISION_SUPPORT));
        return plan;
    }

    /** "Triage emergency: Go to an emergency department now." followed by the advice of each fired rule. */
    static String description(Assessment a) {
        StringBuilder text = new StringBuilder("Triage ").append(a.triage().level().id()).append(": ")
                .append(a.carePlan().whatToDoNow().strip());
        a.carePlan().redFlagAdvice().forEach(advice -> text.append(' ').append(advice.strip()));
        return text.toString();
    }

    private static List<CarePlanActivityDetailComponent> activities(ConditionPlan cp) {
        String about = Fhir.format("%s (probability %s)", cp.condition().name(), Fhir.probabilityText(cp.probability()));
        CodeableConcept reason = Fhir.condition(cp.condition());
        List<CarePlanActivityDetailComponent> out = new ArrayList<>();
        for (WorkupItem w : cp.workup()) {
            String when = w.when() == null || w.when().isBlank() ? "" : " When: " + w.when().strip() + ".";
            out.add(detail(w.test(), reason, "Test to discuss for " + about + ": " + w.test().strip() + "." + when
                    + " [" + Fhir.sources(w.citation()) + "]").setKind(CarePlanActivityKind.SERVICEREQUEST));
        }
        for (Treatment t : cp.treatments()) {
            out.add(detail(t.name(), reason, "Treatment for " + about + ": " + treatment(t)));
        }
        for (Treatment t : cp.rejected()) {
            CarePlanActivityDetailComponent d = detail(t.name(), reason, "Not advised for " + about + ": " + treatment(t));
            d.setDoNotPerform(true);
            d.setStatusReason(new CodeableConcept().setText(rejectionReason(t)));
            out.add(d);
        }
        for (Advice v : cp.prevention()) {
            out.add(detail("Prevention", reason, "Prevention for " + about + ": " + v.text().strip()
                    + " [" + Fhir.sources(v.citation()) + "]"));
        }
        return out;
    }

    private static CarePlanActivityDetailComponent detail(String code, CodeableConcept reason, String description) {
        CarePlanActivityDetailComponent d = new CarePlanActivityDetailComponent();
        d.setCode(new CodeableConcept().setText(code.strip()));
        d.addReasonCode(reason.copy());
        d.setStatus(CarePlanActivityStatus.NOTSTARTED);
        d.setDescription(description);
        return d;
    }

    /** "Magnesium supplements (not_recommended). <effect> Warning: <warning> Evidence: GRADE moderate certainty [S4, S134]". */
    private static String treatment(Treatment t) {
        StringBuilder text = new StringBuilder(t.name().strip()).append(" (").append(t.recommendation().id()).append(").");
        if (t.effect() != null && !t.effect().isBlank()) {
            text.append(' ').append(t.effect().strip());
        }
        if (t.warning() != null && !t.warning().isBlank()) {
            text.append(" Warning: ").append(t.warning().strip());
        }
        return text.append(" Evidence: ").append(t.grade().label()).append(" [").append(Fhir.sources(t.citation()))
                .append(']').toString();
    }

    /** Why the evidence rejects it: the regulatory warning where there is one, otherwise the measured effect. */
    private static String rejectionReason(Treatment t) {
        String why = t.warning() != null && !t.warning().isBlank() ? t.warning() : t.effect();
        String reason = why == null || why.isBlank() ? "The evidence does not support it." : why.strip();
        return reason + " Evidence: " + t.grade().label() + " [" + Fhir.sources(t.citation()) + "]";
    }
}
