package org.spasmcheck.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import ca.uhn.fhir.parser.DataFormatException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityDetailComponent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityKind;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.RiskAssessment;
import org.hl7.fhir.r4.model.RiskAssessment.RiskAssessmentPredictionComponent;
import org.hl7.fhir.r4.model.Type;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.careplan.ConditionPlan;
import org.spasmcheck.engine.differential.Contribution;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.model.WorkupItem;

class FhirReportTest {
    static final String DATA_ABSENT = "http://terminology.hl7.org/CodeSystem/data-absent-reason";

    static Stream<Map<String, Value>> stories() {
        return Stories.all().stream();
    }

    static Bundle report(Assessment a) {
        return FhirReport.bundle(a, Stories.KB, Stories.SUBJECT);
    }

    static <T extends Resource> T only(Bundle bundle, Class<T> type) {
        List<T> found = bundle.getEntry().stream().map(BundleEntryComponent::getResource)
                .filter(type::isInstance).map(type::cast).toList();
        assertThat(found).as("%s resources in the bundle", type.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    static String fullUrlOf(Bundle bundle, Class<? extends Resource> type) {
        return bundle.getEntry().stream().filter(e -> type.isInstance(e.getResource())).findFirst().orElseThrow()
                .getFullUrl();
    }

    @Nested
    class Answers {
        @ParameterizedTest
        @MethodSource("org.spasmcheck.interop.FhirReportTest#stories")
        void everyAnsweredFinding_appearsOnceInEvidenceOrder(Map<String, Value> answers) {
            Assessment a = Stories.assess(answers);
            QuestionnaireResponse qr = only(report(a), QuestionnaireResponse.class);

            assertThat(qr.getItem()).extracting(QuestionnaireResponseItemComponent::getLinkId)
                    .containsExactlyElementsOf(a.evidence().answers().keySet());
        }

        @ParameterizedTest
        @MethodSource("org.spasmcheck.interop.FhirReportTest#stories")
        void everyAnswer_hasTheTypeOfItsValue(Map<String, Value> answers) {
            Assessment a = Stories.assess(answers);
            QuestionnaireResponse qr = only(report(a), QuestionnaireResponse.class);

            for (QuestionnaireResponseItemComponent item : qr.getItem()) {
                Finding finding = Stories.KB.finding(item.getLinkId()).orElseThrow();
                Value value = a.evidence().value(item.getLinkId()).orElseThrow();
                List<Type> given = item.getAnswer().stream().map(QuestionnaireResponseItemAnswerComponent::getValue).toList();
                assertThat(item.getText()).as(item.getLinkId()).startsWith(finding.question().strip());
                if (value instanceof Value.Bool b) {
                    assertThat(given).singleElement().isInstanceOfSatisfying(BooleanType.class,
                            v -> assertThat(v.booleanValue()).isEqualTo(b.value()));
                } else if (value instanceof Value.Choice c) {
                    assertThat(given).singleElement().isInstanceOfSatisfying(Coding.class,
                            v -> assertOption(finding, c.option(), v));
                } else if (value instanceof Value.Choices cs) {
                    assertThat(given).hasSize(cs.options().size()).allSatisfy(v -> assertThat(v).isInstanceOf(Coding.class));
                    assertThat(given.stream().map(v -> ((Coding) v).getCode()).collect(Collectors.toSet()))
                            .isEqualTo(cs.options());
                    given.forEach(v -> assertOption(finding, ((Coding) v).getCode(), (Coding) v));
                } else if (value instanceof Value.Number n) {
                    assertThat(given).singleElement().isInstanceOfSatisfying(DecimalType.class,
                            v -> assertThat(v.getValue()).isEqualByComparingTo(BigDecimal.valueOf(n.value())));
                    if (finding.unit() != null) {
                        assertThat(item.getText()).contains(finding.unit());
                    }
                } else {
                    assertThat(value).isInstanceOf(Value.Unknown.class);
                    assertThat(given).singleElement().isInstanceOfSatisfying(Coding.class, v -> assertAskedUnknown(v));
                }
            }
        }

        @Test
        void dontKnow_isAskedUnknown_neverNo() {
            Assessment a = Stories.assess(Stories.nocturnalCalfCramps());
            assertThat(a.evidence().value("med_diuretic")).contains(Value.UNKNOWN);

            QuestionnaireResponseItemComponent item = only(report(a), QuestionnaireResponse.class).getItem().stream()
                    .filter(i -> i.getLinkId().equals("med_diuretic")).findFirst().orElseThrow();

            assertThat(item.getAnswer()).singleElement().satisfies(answer -> {
                assertThat(answer.getValue()).isNotInstanceOf(BooleanType.class);
                assertAskedUnknown(answer.getValueCoding());
            });
        }

        @Test
        void statusAndTimes_followTheAssessment() {
            Assessment open = Stories.assess(Stories.interviewJustStarted());
            assertThat(open.finished()).as("fixture: the interview is still open").isFalse();
            QuestionnaireResponse qr = only(report(open), QuestionnaireResponse.class);

            assertThat(qr.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.INPROGRESS);
            assertThat(qr.getAuthored().toInstant()).isEqualTo(Stories.SUBJECT.updatedAt());
            assertThat(qr.getIdentifier().getValue()).isEqualTo(Stories.SUBJECT.assessmentId());
            assertThat(qr.getIdentifier().getPeriod().getStart().toInstant()).isEqualTo(Stories.SUBJECT.createdAt());
            assertThat(qr.getQuestionnaire()).isEqualTo("urn:spasmcheck:questionnaire:" + Stories.KB.version());
        }

        @Test
        void finishedInterview_isCompleted() {
            Assessment done = Stories.assess(Stories.swollenTenderCalf());
            assertThat(done.finished()).as("fixture: an emergency rule ends the interview").isTrue();

            assertThat(only(report(done), QuestionnaireResponse.class).getStatus())
                    .isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        }

        private static void assertOption(Finding finding, String option, Coding coding) {
            assertThat(coding.getSystem()).isEqualTo("urn:spasmcheck:finding:" + finding.id());
            assertThat(coding.getCode()).isEqualTo(option);
            assertThat(coding.getDisplay()).isEqualTo(finding.optionLabel(option));
        }

        private static void assertAskedUnknown(Coding coding) {
            assertThat(coding.getSystem()).isEqualTo(DATA_ABSENT);
            assertThat(coding.getCode()).isEqualTo("asked-unknown");
            assertThat(coding.getDisplay()).isEqualTo("Asked But Unknown");
        }
    }

    @Nested
    class Differential {
        /** The conditions the report lists: not excluded, at least 1 %, at most 10, in the differential's order. */
        private static List<RankedCondition> listed(Assessment a) {
            return a.differential().ranked().stream().filter(r -> !r.excluded() && r.probability() >= 0.01)
                    .limit(10).toList();
        }

        @ParameterizedTest
        @MethodSource("org.spasmcheck.interop.FhirReportTest#stories")
        void predictions_followTheDifferentialOrderAndProbabilities(Map<String, Value> answers) {
            Assessment a = Stories.assess(answers);
            List<RankedCondition> expected = listed(a);
            List<RiskAssessmentPredictionComponent> predictions = only(report(a), RiskAssessment.class).getPrediction();

            assertThat(expected).as("fixture: some conditions are listed").isNotEmpty();
            assertThat(predictions).hasSameSizeAs(expected);
            for (int i = 0; i < expected.size(); i++) {
                RankedCondition r = expected.get(i);
                RiskAssessmentPredictionComponent p = predictions.get(i);
                assertThat(p.getOutcome().getText()).isEqualTo(r.condition().name());
                assertThat(p.getOutcome().getCoding()).anySatisfy(c -> {
                    assertThat(c.getSystem()).isEqualTo("urn:spasmcheck:condition");
                    assertThat(c.getCode()).isEqualTo(r.condition().id());
                });
                if (!r.condition().icd10().isBlank()) {
                    assertThat(p.getOutcome().getCoding()).extracting(Coding::getCode).contains(r.condition().icd10());
                }
                assertThat(p.getProbabilityDecimalType().getValue().doubleValue())
                        .isCloseTo(r.probability(), within(0.00005));
            }
        }

        @Test
        void rationale_citesEveryCountedFindingWithItsLikelihoodRatioAndSource() {
            Assessment a = Stories.assess(Stories.swollenTenderCalf());
            RankedCondition top = a.differential().top().orElseThrow();
            String rationale = only(report(a), RiskAssessment.class).getPrediction().get(0).getRationale();

            assertThat(top.findingsFor()).as("fixture: answers raise the top condition").isNotEmpty();
            for (Contribution c : top.findingsFor()) {
                assertThat(rationale).contains(String.format(Locale.ROOT, "+ %s = %s (LR %.2f, %s)", c.findingId(),
                        c.answer(), c.likelihoodRatio(), c.citation().label()));
            }
            for (Contribution c : top.findingsAgainst()) {
                assertThat(rationale).contains(String.format(Locale.ROOT, "\u2212 %s = %s (LR %.2f, %s)", c.findingId(),
                        c.answer(), c.likelihoodRatio(), c.citation().label()));
            }
        }

        @Test
        void firedRedFlagRules_appearInTheNote_withReasonAndSources() {
            Assessment a = Stories.assess(Stories.swollenTenderCalf());
            assertThat(a.triage().emergencyRuleFired()).as("fixture: an emergency rule fires").isTrue();
            String notes = only(report(a), RiskAssessment.class).getNote().stream().map(n -> n.getText())
                    .collect(Collectors.joining("\n"));

            assertThat(notes).contains("Triage level: " + a.triage().level().id());
            for (RedFlagRule rule : a.triage().firedRules()) {
                assertThat(notes).contains(rule.id(), rule.reason().strip());
                assertThat(notes).contains(rule.citation().sources());
            }
        }

        @Test
        void noRuleFired_saysSo() {
            Assessment a = Stories.assess(Stories.nocturnalCalfCramps());
            assertThat(a.triage().firedRules()).as("fixture: no red flag").isEmpty();

            assertThat(only(report(a), RiskAssessment.class).getNote().get(0).getText())
                    .contains("Triage level: " + a.triage().level().id(), "Fired red-flag rules: none.");
        }

        @Test
        void riskAssessment_isBasedOnTheAnswers_andSaysItIsNotADiagnosis() {
            Assessment a = Stories.assess(Stories.interviewJustStarted());
            Bundle bundle = report(a);
            RiskAssessment risk = only(bundle, RiskAssessment.class);

            assertThat(risk.getBasis()).singleElement().extracting(b -> b.getReference())
                    .isEqualTo(fullUrlOf(bundle, QuestionnaireResponse.class));
            assertThat(risk.getStatus()).isEqualTo(RiskAssessment.RiskAssessmentStatus.PRELIMINARY);
            assertThat(risk.getOccurrenceDateTimeType().getValue().toInstant()).isEqualTo(Stories.SUBJECT.updatedAt());
            assertThat(risk.getMethod().getText()).isEqualTo(
                    "spasmcheck Bayesian differential (likelihood ratios, knowledge base " + Stories.KB.version() + ")");
            assertThat(risk.getNote()).anySatisfy(n -> assertThat(n.getText()).contains("not a diagnosis"));
        }
    }

    @Nested
    class CarePlanContent {
        @ParameterizedTest
        @MethodSource("org.spasmcheck.interop.FhirReportTest#stories")
        void workupOfTheTopCondition_isListedWithItsSources(Map<String, Value> answers) {
            Assessment a = Stories.assess(answers);
            ConditionPlan top = a.carePlan().conditions().get(0);
            assertThat(top.condition()).isEqualTo(a.differential().top().orElseThrow().condition());
            List<CarePlanActivityDetailComponent> details = only(report(a), CarePlan.class).getActivity().stream()
                    .map(CarePlan.CarePlanActivityComponent::getDetail).toList();

            for (WorkupItem w : top.workup()) {
                assertThat(details).anySatisfy(d -> {
                    assertThat(d.getKind()).isEqualTo(CarePlanActivityKind.SERVICEREQUEST);
                    assertThat(d.getCode().getText()).isEqualTo(w.test().strip());
                    assertThat(d.getReasonCodeFirstRep().getCoding()).extracting(Coding::getCode)
                            .contains(top.condition().id());
                    assertThat(d.getDescription()).contains(w.citation().label());
                });
            }
        }

        @Test
        void treatments_carryTheirEvidenceGradeAndSources_andRejectedOnesAreNotToBeDone() {
            Assessment a = Stories.assess(Stories.nocturnalCalfCramps());
            List<CarePlanActivityDetailComponent> details = only(report(a), CarePlan.class).getActivity().stream()
                    .map(CarePlan.CarePlanActivityComponent::getDetail).toList();
            List<Treatment> rejected = a.carePlan().conditions().stream().flatMap(p -> p.rejected().stream()).toList();
            assertThat(rejected).as("fixture: the evidence rejects some advice").isNotEmpty();

            for (ConditionPlan plan : a.carePlan().conditions()) {
                for (Treatment t : plan.treatments()) {
                    assertThat(details).anySatisfy(d -> {
                        assertThat(d.getCode().getText()).isEqualTo(t.name().strip());
                        assertThat(d.getDoNotPerform()).isFalse();
                        assertThat(d.getDescription()).contains(t.grade().label(), t.citation().label());
                    });
                }
                for (Treatment t : plan.rejected()) {
                    assertThat(details).anySatisfy(d -> {
                        assertThat(d.getCode().getText()).isEqualTo(t.name().strip());
                        assertThat(d.getDoNotPerform()).isTrue();
                        assertThat(d.getStatus()).isEqualTo(CarePlan.CarePlanActivityStatus.NOTSTARTED);
                        assertThat(d.getStatusReason().getText()).contains(t.grade().label(), t.citation().label());
                    });
                }
            }
        }

        @Test
        void describesWhatToDoNow_andNotesWhenToSeekHelpAndTheDisclaimer() {
            Assessment a = Stories.assess(Stories.swollenTenderCalf());
            CarePlan plan = only(report(a), CarePlan.class);
            List<String> notes = plan.getNote().stream().map(n -> n.getText()).toList();

            assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PROPOSAL);
            assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
            assertThat(plan.getCreated().toInstant()).isEqualTo(Stories.SUBJECT.generatedAt());
            assertThat(plan.getDescription()).contains(a.triage().level().id(), a.triage().level().advice());
            a.carePlan().redFlagAdvice().forEach(advice -> assertThat(plan.getDescription()).contains(advice.strip()));
            a.carePlan().seekHelpIf().forEach(help -> assertThat(notes).anySatisfy(n -> assertThat(n).contains(help.strip())));
            assertThat(notes).anySatisfy(n -> assertThat(n).contains(a.carePlan().disclaimer().strip(), "not a diagnosis"));
        }

        @Test
        void openInterview_isADraft() {
            Assessment a = Stories.assess(Stories.interviewJustStarted());
            assertThat(only(report(a), CarePlan.class).getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        }
    }

    @Nested
    class Serialization {
        @ParameterizedTest
        @MethodSource("org.spasmcheck.interop.FhirReportTest#stories")
        void bundle_parsesStrictly_andRoundTripsToTheSameJson(Map<String, Value> answers) {
            Bundle bundle = report(Stories.assess(answers));
            String json = FhirReport.json(bundle);

            Bundle parsed = FhirReport.parse(json);

            assertThat(FhirReport.json(parsed)).isEqualTo(json);
            assertThat(parsed.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
            assertThat(resourceTypes(parsed)).isEqualTo(resourceTypes(bundle))
                    .containsExactly("QuestionnaireResponse", "RiskAssessment", "CarePlan");
            assertThat(only(parsed, QuestionnaireResponse.class).getItem())
                    .hasSameSizeAs(only(bundle, QuestionnaireResponse.class).getItem());
            assertThat(only(parsed, RiskAssessment.class).getPrediction())
                    .hasSameSizeAs(only(bundle, RiskAssessment.class).getPrediction());
            assertThat(only(parsed, CarePlan.class).getActivity()).hasSameSizeAs(only(bundle, CarePlan.class).getActivity());
        }

        @Test
        void strictParser_refusesAnUnknownElement() {
            String json = FhirReport.json(report(Stories.assess(Stories.interviewJustStarted())));
            String tampered = json.replaceFirst("\"type\" *: *\"collection\"", "\"type\": \"collection\", \"colour\": \"red\"");
            assertThat(tampered).isNotEqualTo(json);

            assertThatThrownBy(() -> FhirReport.parse(tampered)).isInstanceOf(DataFormatException.class)
                    .hasMessageContaining("colour");
        }

        @Test
        void strictParser_refusesAnInvalidCode() {
            String json = FhirReport.json(report(Stories.assess(Stories.interviewJustStarted())));
            String tampered = json.replaceFirst("\"type\" *: *\"collection\"", "\"type\": \"heap\"");

            assertThatThrownBy(() -> FhirReport.parse(tampered)).isInstanceOf(DataFormatException.class);
        }

        @ParameterizedTest
        @MethodSource("org.spasmcheck.interop.FhirReportTest#stories")
        void sameInput_givesIdenticalJson_whateverTheTimeZoneAndLocale(Map<String, Value> answers) {
            String first = FhirReport.json(report(Stories.assess(answers)));
            TimeZone zone = TimeZone.getDefault();
            Locale locale = Locale.getDefault();
            try {
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Chatham"));
                Locale.setDefault(Locale.GERMANY);
                assertThat(FhirReport.json(report(Stories.assess(answers)))).isEqualTo(first);
            } finally {
                TimeZone.setDefault(zone);
                Locale.setDefault(locale);
            }
        }

        @Test
        void multiChoiceAnswers_areListedInTheQuestionsOrder_whateverTheSetOrder() {
            Map<String, Value> one = Stories.swollenTenderCalf();
            Map<String, Value> other = Stories.swollenTenderCalf();
            one.put("cramp_location", new Value.Choices(new LinkedHashSet<>(List.of("calf", "foot", "hand_arm"))));
            other.put("cramp_location", new Value.Choices(new LinkedHashSet<>(List.of("hand_arm", "foot", "calf"))));

            assertThat(FhirReport.json(report(Stories.assess(other)))).isEqualTo(FhirReport.json(report(Stories.assess(one))));
        }

        @Test
        void fullUrls_areDerivedFromTheAssessmentId() {
            Assessment a = Stories.assess(Stories.interviewJustStarted());
            Bundle bundle = report(a);
            ReportSubject otherSubject = new ReportSubject("assessment-2", Stories.SUBJECT.createdAt(),
                    Stories.SUBJECT.updatedAt(), Stories.SUBJECT.generatedAt());
            Bundle other = FhirReport.bundle(a, Stories.KB, otherSubject);

            assertThat(fullUrls(bundle)).allSatisfy(u -> assertThat(u).startsWith("urn:uuid:")).doesNotHaveDuplicates();
            assertThat(fullUrls(bundle)).doesNotContainAnyElementsOf(fullUrls(other));
            assertThat(fullUrls(bundle)).isEqualTo(fullUrls(report(a)));
        }

        private static List<String> resourceTypes(Bundle b) {
            return b.getEntry().stream().map(e -> e.getResource().fhirType()).toList();
        }

        private static List<String> fullUrls(Bundle b) {
            return b.getEntry().stream().map(BundleEntryComponent::getFullUrl).toList();
        }
    }

    @Nested
    class Provenance {
        @Test
        void bundleAndEveryResource_nameTheKnowledgeBaseVersionAndHash() {
            Assessment a = Stories.assess(Stories.nocturnalCalfCramps());
            Bundle bundle = report(a);

            assertKnowledgeTags(bundle);
            bundle.getEntry().forEach(e -> assertKnowledgeTags(e.getResource()));
            assertThat(FhirReport.json(bundle)).contains(Stories.KB.version(), Stories.KB.contentHash());
        }

        @Test
        void bundle_isACollectionStampedWhenGenerated() {
            Bundle bundle = report(Stories.assess(Stories.interviewJustStarted()));

            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.COLLECTION);
            assertThat(bundle.getTimestamp().toInstant()).isEqualTo(Stories.SUBJECT.generatedAt());
            assertThat(bundle.getIdentifier().getValue()).startsWith("urn:uuid:");
        }

        private static void assertKnowledgeTags(Resource r) {
            assertThat(r.getMeta().getTag()).as(r.fhirType()).extracting(Coding::getSystem, Coding::getCode).contains(
                    tuple("urn:spasmcheck:knowledge-base:version", Stories.KB.version()),
                    tuple("urn:spasmcheck:knowledge-base:sha256", Stories.KB.contentHash()));
        }
    }

    @Nested
    class Refusals {
        @Test
        void anotherKnowledgeBase_isRefused() {
            Assessment a = Stories.assess(Stories.interviewJustStarted());
            KnowledgeBase kb = Stories.KB;
            KnowledgeBase edited = new KnowledgeBase(kb.id(), kb.version(), "0".repeat(64), kb.title(), kb.model(),
                    kb.interview(), kb.defaultLevel(), kb.sources(), kb.findings(), kb.conditions(), kb.rules(),
                    kb.alerts(), kb.safetyNetByLevel(), kb.disclaimer(), kb.myths(), kb.diary());

            assertThatThrownBy(() -> FhirReport.bundle(a, edited, Stories.SUBJECT))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(kb.contentHash());
        }

        @Test
        void reportBeforeTheLastAnswer_isRefused() {
            Instant t = Stories.SUBJECT.updatedAt();
            assertThatThrownBy(() -> new ReportSubject("a", t, t, t.minusSeconds(1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("generatedAt");
            assertThatThrownBy(() -> new ReportSubject("a", t, t.minusSeconds(1), t))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("updatedAt");
        }

        @Test
        void answerThatDoesNotFitItsQuestion_isRefused() {
            Assessment a = Stories.assess(Stories.interviewJustStarted());
            Assessment tampered = new Assessment(a.knowledgeBaseVersion(), a.knowledgeBaseHash(),
                    a.evidence().with("sex", Value.of(true)), a.differential(), a.triage(), a.next(), a.carePlan());

            assertThatThrownBy(() -> report(tampered)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("sex");
        }

        @Test
        void answerToAFindingTheKnowledgeBaseLacks_isRefused() {
            Assessment a = Stories.assess(Stories.interviewJustStarted());
            Assessment tampered = new Assessment(a.knowledgeBaseVersion(), a.knowledgeBaseHash(),
                    a.evidence().with("no_such_finding", Value.of(true)), a.differential(), a.triage(), a.next(),
                    a.carePlan());

            assertThatThrownBy(() -> report(tampered)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("no_such_finding");
        }
    }
}
