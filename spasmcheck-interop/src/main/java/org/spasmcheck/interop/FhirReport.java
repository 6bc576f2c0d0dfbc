package org.spasmcheck.interop;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Resource;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * The clinician report of an assessment as a FHIR R4 Bundle of type collection: the answers (QuestionnaireResponse),
 * the differential and triage (RiskAssessment, based on the answers) and the care plan (CarePlan). The bundle and each
 * resource name the knowledge base (version and SHA-256) that produced them. The bundle identifier is derived from
 * the assessment id, the time of its last answer and the knowledge base's hash: it changes when any of them does.
 *
 * <p>Deterministic: resource uuids are derived from the assessment id, times come from the {@link ReportSubject}, and
 * nothing depends on the clock, time zone or locale, so the same input always gives the same JSON.
 */
public final class FhirReport {
    /** A bundle identifier is a uri (FHIR R4 Identifier: system urn:ietf:rfc:3986 for urn:uuid values). */
    static final String URI_SYSTEM = "urn:ietf:rfc:3986";

    /** Building a FhirContext scans the whole R4 model (about a second); HAPI caches one per version for us. */
    private static final FhirContext CONTEXT = FhirContext.forR4Cached();

    private FhirReport() {
    }

    /**
     * The report bundle.
     *
     * @param kb the knowledge base that produced the assessment (for the questions and option labels)
     * @throws IllegalArgumentException when {@code kb} is not the knowledge base that produced the assessment, or the
     *                                  evidence answers a finding it does not have or in a shape its question does
     *                                  not allow (a report never shows an answer other than the one scored)
     */
    public static Bundle bundle(Assessment assessment, KnowledgeBase kb, ReportSubject subject) {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(kb, "kb");
        Objects.requireNonNull(subject, "subject");
        if (!kb.version().equals(assessment.knowledgeBaseVersion())
                || !kb.contentHash().equals(assessment.knowledgeBaseHash())) {
            throw new IllegalArgumentException("The assessment was produced by knowledge base "
                    + assessment.knowledgeBaseVersion() + " (sha256 " + assessment.knowledgeBaseHash()
                    + "), not by the one given: " + kb.version() + " (sha256 " + kb.contentHash() + ")");
        }
        Bundle bundle = new Bundle();
        bundle.setMeta(Fhir.knowledgeMeta(assessment));
        bundle.setIdentifier(new Identifier().setSystem(URI_SYSTEM).setValue(Fhir.UUID_URN_PREFIX + Fhir.uuid(
                subject.assessmentId(), "Bundle:" + subject.updatedAt() + ":" + assessment.knowledgeBaseHash())));
        bundle.setType(BundleType.COLLECTION);
        bundle.setTimestampElement(Fhir.instant(subject.generatedAt()));
        add(bundle, subject, QuestionnaireResponseMapper.map(assessment, kb, subject));
        add(bundle, subject, RiskAssessmentMapper.map(assessment, subject));
        add(bundle, subject, CarePlanMapper.map(assessment, subject));
        return bundle;
    }

    /** The bundle as pretty-printed JSON. HAPI parsers are not thread-safe; each call makes its own (cheap) one. */
    public static String json(Bundle bundle) {
        return CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /**
     * Parses a bundle strictly: an unknown element, a wrong type or an invalid value fails with a
     * {@link ca.uhn.fhir.parser.DataFormatException} instead of being dropped.
     */
    public static Bundle parse(String json) {
        IParser parser = CONTEXT.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
        return parser.parseResource(Bundle.class, json);
    }

    private static void add(Bundle bundle, ReportSubject subject, Resource resource) {
        bundle.addEntry().setFullUrl(Fhir.fullUrl(subject.assessmentId(), resource.fhirType())).setResource(resource);
    }
}
