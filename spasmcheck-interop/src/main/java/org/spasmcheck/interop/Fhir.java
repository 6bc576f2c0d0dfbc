package org.spasmcheck.interop;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.InstantType;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Condition;

/**
 * What the three mappers share: the code systems, deterministic ids, the knowledge-base tags and how times, numbers
 * and citations are written. Kept in one place so every resource of a report names its knowledge and its sources
 * the same way, and so that the output never depends on the machine's time zone or locale.
 */
final class Fhir {
    static final String ASSESSMENT_SYSTEM = "urn:spasmcheck:assessment";
    static final String CONDITION_SYSTEM = "urn:spasmcheck:condition";
    static final String FINDING_SYSTEM_PREFIX = "urn:spasmcheck:finding:";
    static final String QUESTIONNAIRE_PREFIX = "urn:spasmcheck:questionnaire:";
    static final String KB_VERSION_SYSTEM = "urn:spasmcheck:knowledge-base:version";
    static final String KB_SHA256_SYSTEM = "urn:spasmcheck:knowledge-base:sha256";
    /** The knowledge base's codes are ICD-10-CM (e.g. G47.62 "sleep related leg cramps" exists only there). */
    static final String ICD10_CM_SYSTEM = "http://hl7.org/fhir/sid/icd-10-cm";
    static final String DATA_ABSENT_REASON_SYSTEM = "http://terminology.hl7.org/CodeSystem/data-absent-reason";
    static final String UUID_URN_PREFIX = "urn:uuid:";
    /** Probabilities are shown with four decimals, as in the JSON API (AssessmentJson). */
    static final int PROBABILITY_SCALE = 4;
    static final String DECISION_SUPPORT = "This is decision support for a clinician, not a diagnosis: the probabilities"
            + " come from likelihood ratios published for other populations and from the authors' estimates, as cited.";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Fhir() {
    }

    /** The uuid of one resource of an assessment's report: the same assessment always gives the same uuid. */
    static String uuid(String assessmentId, String resourceType) {
        return UUID.nameUUIDFromBytes(("spasmcheck:" + assessmentId + ":" + resourceType)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String fullUrl(String assessmentId, String resourceType) {
        return UUID_URN_PREFIX + uuid(assessmentId, resourceType);
    }

    /** Tags naming the knowledge base (version and SHA-256) that produced the assessment. */
    static Meta knowledgeMeta(Assessment a) {
        Meta meta = new Meta();
        meta.addTag(KB_VERSION_SYSTEM, a.knowledgeBaseVersion(), "spasmcheck knowledge base version");
        meta.addTag(KB_SHA256_SYSTEM, a.knowledgeBaseHash(), "SHA-256 of the knowledge base files");
        return meta;
    }

    /**
     * The person assessed, as a logical reference: spasmcheck knows no patient record, only the assessment, so the
     * reference names the assessment instead of pointing at a Patient resource.
     */
    static Reference person(String assessmentId) {
        Reference r = new Reference();
        r.setIdentifier(assessmentIdentifier(assessmentId));
        r.setDisplay("The person who answered spasmcheck assessment " + assessmentId);
        return r;
    }

    static Identifier assessmentIdentifier(String assessmentId) {
        return new Identifier().setSystem(ASSESSMENT_SYSTEM).setValue(assessmentId);
    }

    /** The condition by name, by spasmcheck id, and by its ICD-10-CM code where the knowledge base gives one. */
    static CodeableConcept condition(Condition c) {
        CodeableConcept concept = new CodeableConcept().setText(c.name());
        concept.addCoding(new Coding(CONDITION_SYSTEM, c.id(), c.name()));
        if (c.icd10() != null && !c.icd10().isBlank()) {
            concept.addCoding(new Coding().setSystem(ICD10_CM_SYSTEM).setCode(c.icd10().strip()));
        }
        return concept;
    }

    /** A dateTime in UTC with millisecond precision, whatever the default time zone. */
    static DateTimeType dateTime(Instant instant) {
        return new DateTimeType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }

    static InstantType instant(Instant instant) {
        return new InstantType(Date.from(instant), TemporalPrecisionEnum.MILLI, UTC);
    }

    static BigDecimal probability(double p) {
        return BigDecimal.valueOf(p).setScale(PROBABILITY_SCALE, RoundingMode.HALF_UP);
    }

    static String probabilityText(double p) {
        return probability(p).toPlainString();
    }

    /** Source keys for display, "estimate" where the number is the authors' estimate, or "uncited". */
    static String sources(Citation c) {
        return c == null ? "uncited" : c.label();
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
