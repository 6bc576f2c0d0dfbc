package org.spasmcheck.interop;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Type;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;

/**
 * The answers as a QuestionnaireResponse: what the reasoning was based on, one item per answered finding in the order
 * the answers were given. "Don't know" is written as the data-absent reason asked-unknown, so no reader can take it
 * for a no (the engine never does).
 */
final class QuestionnaireResponseMapper {
    static final String ASKED_UNKNOWN = "asked-unknown";
    static final String ASKED_UNKNOWN_DISPLAY = "Asked But Unknown";

    private QuestionnaireResponseMapper() {
    }

    static QuestionnaireResponse map(Assessment a, KnowledgeBase kb, ReportSubject s) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        qr.setMeta(Fhir.knowledgeMeta(a));
        qr.setIdentifier(Fhir.assessmentIdentifier(s.assessmentId())
                .setPeriod(new Period().setStartElement(Fhir.dateTime(s.createdAt()))));
        qr.setQuestionnaire(Fhir.QUESTIONNAIRE_PREFIX + a.knowledgeBaseVersion());
        qr.setStatus(a.finished() ? QuestionnaireResponseStatus.COMPLETED : QuestionnaireResponseStatus.INPROGRESS);
        qr.setSubject(Fhir.person(s.assessmentId()));
        qr.setAuthoredElement(Fhir.dateTime(s.updatedAt()));
        for (Map.Entry<String, Value> answer : a.evidence().answers().entrySet()) {
            Finding finding = kb.finding(answer.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    "The evidence answers finding '" + answer.getKey() + "', which knowledge base "
                            + kb.version() + " does not have"));
            qr.addItem(item(finding, answer.getValue()));
        }
        return qr;
    }

    private static QuestionnaireResponseItemComponent item(Finding finding, Value value) {
        QuestionnaireResponseItemComponent item = new QuestionnaireResponseItemComponent();
        item.setLinkId(finding.id());
        String question = finding.question().strip();
        item.setText(finding.unit() == null ? question : question + " (" + finding.unit() + ")");
        answers(finding, value).forEach(v -> item.addAnswer().setValue(v));
        return item;
    }

    private static List<Type> answers(Finding finding, Value value) {
        requireFits(finding, value);
        if (value instanceof Value.Bool b) {
            return List.of(new BooleanType(b.value()));
        }
        if (value instanceof Value.Choice c) {
            return List.of(option(finding, c.option()));
        }
        if (value instanceof Value.Choices cs) {
            List<Type> out = new ArrayList<>();
            cs.options().stream().sorted(inQuestionOrder(finding)).forEach(o -> out.add(option(finding, o)));
            return out;
        }
        if (value instanceof Value.Number n) {
            return List.of(new DecimalType(decimal(n.value())));
        }
        if (value instanceof Value.Unknown) {
            return List.of(new Coding(Fhir.DATA_ABSENT_REASON_SYSTEM, ASKED_UNKNOWN, ASKED_UNKNOWN_DISPLAY));
        }
        throw new IllegalArgumentException("Unsupported answer " + value + " to finding " + finding.id());
    }

    /**
     * A report must show the answer that was scored, so an answer that does not fit its question (which the edges'
     * validation should have refused) fails here rather than being written in some other shape.
     */
    private static void requireFits(Finding finding, Value value) {
        boolean fits = switch (finding.type()) {
            case BOOLEAN -> value instanceof Value.Bool;
            case CHOICE -> value instanceof Value.Choice c && finding.options().contains(c.option());
            case MULTI_CHOICE -> value instanceof Value.Choices cs && finding.options().containsAll(cs.options())
                    || value instanceof Value.Choice c && finding.options().contains(c.option());
            case NUMBER -> value instanceof Value.Number;
        };
        if (!fits && !(value instanceof Value.Unknown)) {
            throw new IllegalArgumentException("The answer '" + value.display() + "' to finding '" + finding.id()
                    + "' does not fit the question; allowed: " + finding.allowedValues() + " or don't know");
        }
    }

    private static Coding option(Finding finding, String option) {
        return new Coding(Fhir.FINDING_SYSTEM_PREFIX + finding.id(), option, finding.optionLabel(option));
    }

    /** Multi-choice answers are a set; list them in the question's own order so the output is stable. */
    private static Comparator<String> inQuestionOrder(Finding finding) {
        return Comparator.<String>comparingInt(o -> {
            int i = finding.options().indexOf(o);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparing(Comparator.naturalOrder());
    }

    /** The number as answered: 68 stays 68 (not 68.0), 1.5 stays 1.5. */
    static BigDecimal decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }
}
