package org.spasmcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.report.ReportFixtures.KB;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.report.chart.DiaryCharts;

/** Each story is assessed and rendered once per nested class; the tests read the one PDF. */
class PdfReportTest {
    static final List<String> HEADINGS = List.of("spasmcheck clinician report", "Triage", "Differential",
            "Suggested workup", "Answers", "Diary", "Not a diagnosis");

    /** (a) A 68-year-old woman woken by calf cramps, one answer "don't know", with about 60 diary episodes. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class NocturnalCalfCrampsWithDiary {
        static final String UNKNOWN_FINDING = "med_statin";
        final Assessment assessment = ReportFixtures.assess(
                ReportFixtures.vignette("dev-nlc-01").with(UNKNOWN_FINDING, Value.UNKNOWN));
        final ClinicianReport report = new ClinicianReport(assessment, KB, ReportFixtures.subject("nlc-0001"),
                Optional.of(ReportFixtures.diary(ReportFixtures.nocturnalDiary(60, 56, 7))));
        final byte[] pdf = PdfReport.render(report);
        final List<String> lines = ReportFixtures.lines(pdf);

        @Test
        void report_hasEverySectionInOrder_includingTheDiary() {
            assertHeadingsInOrder(lines, HEADINGS);
        }

        @Test
        void report_namesTheTopCauseWithItsProbability() {
            RankedCondition top = assessment.differential().top().orElseThrow();
            assertThat(top.condition().id()).isEqualTo("nocturnal_leg_cramps");

            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .contains(percent(top.probability())).contains(top.condition().name()));
        }

        @Test
        void report_showsTheDontKnowAnswerAsUnknownAsked_neverAsNo() {
            assertThat(lines).filteredOn(line -> line.startsWith(UNKNOWN_FINDING + " ")).singleElement()
                    .satisfies(line -> assertThat(line).endsWith("unknown (asked)").doesNotContain(" no"));
        }

        @Test
        void report_showsMultiChoiceAnswersByTheirLabels() {
            String calf = KB.finding("cramp_location").orElseThrow().optionLabel("calf");

            assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("cramp_location "));
            assertThat(String.join(" ", lines)).contains(calf);
        }

        @Test
        void report_namesTheKnowledgeBaseVersionAndHash() {
            assertThat(String.join("\n", lines)).contains("version " + KB.version())
                    .contains(KB.contentHash().substring(0, 12));
        }

        @Test
        void report_saysNoRedFlagRuleFired() {
            assertThat(assessment.triage().firedRules()).isEmpty();

            assertThat(lines).contains("No red-flag rule fired.");
            assertThat(String.join("\n", lines)).contains("Level " + assessment.triage().level().id());
        }

        @Test
        void report_quotesANoteInCyrillicAndGreek_asWritten() {
            assertThat(String.join("\n", lines)).contains(ReportFixtures.NON_LATIN_NOTE);
        }

        @Test
        void report_showsCharactersTheFontLacksAsQuestionMarks_insteadOfFailing() {
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("??? ??"));
        }

        @Test
        void report_drawsTheDiaryChartsWithTheirTitlesAndLabels() {
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("Episodes per week")
                    .contains("Episodes by time of day"));
            String text = String.join("\n", lines);
            DiarySection diary = report.diary().orElseThrow();
            assertThat(DiaryCharts.perWeek(diary.episodes(), diary.asOf(), DiaryBlock.WEEKS).bars())
                    .allSatisfy(bar -> assertThat(text).contains(bar.label()));
            assertThat(DiaryCharts.byTimeOfDay(diary.episodes()).bars())
                    .allSatisfy(bar -> assertThat(text).contains(bar.label()));
        }

        @Test
        void report_fitsOneToThreePages() {
            assertThat(ReportFixtures.pages(pdf)).isBetween(1, PdfReport.MAX_PAGES);
        }

        @Test
        void report_isTheSameBytesForTheSameInput() {
            assertThat(PdfReport.render(report)).isEqualTo(pdf);
        }

        @Test
        void report_datesThePdfByGeneratedAt() throws IOException {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getDocumentInformation().getCreationDate().toInstant())
                        .isEqualTo(ReportFixtures.GENERATED);
            }
        }
    }

    /** (b) A pregnant woman with a swollen, tender calf: an emergency, and no diary. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class SwollenTenderCalfWithoutDiary {
        final Assessment assessment = ReportFixtures.assess(ReportFixtures.vignette("dev-dvt-03"));
        final byte[] pdf = PdfReport.render(new ClinicianReport(assessment, KB, ReportFixtures.subject("dvt-0002"),
                Optional.empty()));
        final List<String> lines = ReportFixtures.lines(pdf);

        @Test
        void report_leavesOutTheDiarySection() {
            assertHeadingsInOrder(lines, HEADINGS.stream().filter(h -> !h.equals("Diary")).toList());
            assertThat(lines).doesNotContain("Diary");
        }

        @Test
        void report_givesTheEmergencyLevelAndNamesEveryFiredRuleWithItsSources() {
            assertThat(assessment.triage().level()).isEqualTo(TriageLevel.EMERGENCY);
            assertThat(assessment.triage().firedRules()).isNotEmpty();
            String text = String.join("\n", lines);

            assertThat(text).contains("Level emergency: " + TriageLevel.EMERGENCY.advice());
            for (RedFlagRule rule : assessment.triage().firedRules()) {
                assertThat(lines).anySatisfy(line -> assertThat(line).startsWith(rule.id() + " \u2192 "));
                assertThat(text).contains("[" + rule.citation().label() + "]");
            }
        }

        @Test
        void report_namesTheTopCauseWithItsProbability() {
            RankedCondition top = assessment.differential().top().orElseThrow();

            assertThat(lines).anySatisfy(line -> assertThat(line)
                    .contains(percent(top.probability())).contains(top.condition().name()));
        }

        @Test
        void report_fitsOneToThreePages() {
            assertThat(ReportFixtures.pages(pdf)).isBetween(1, PdfReport.MAX_PAGES);
        }
    }

    /** (c) Every question answered and a year-long diary: far more than three pages unless lists are capped. */
    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class EverythingAnsweredWithALongDiary {
        final Evidence evidence = ReportFixtures.everyFindingAnswered(11);
        final Assessment assessment = ReportFixtures.assess(evidence);
        final DiarySection diary = new DiarySection(ReportFixtures.nocturnalDiary(400, 365, 3), ReportFixtures.AS_OF,
                java.util.stream.IntStream.range(0, 20).mapToObj(i -> "Summary line " + i
                        + ": calf cramps cluster between 00:00 and 04:00; weekly counts are stable.").toList(),
                java.util.stream.IntStream.range(0, 8).mapToObj(i -> "Escalation " + i
                        + ": frequency has risen above 10 a week for 3 weeks; review sooner.").toList());
        final byte[] pdf = PdfReport.render(new ClinicianReport(assessment, KB, ReportFixtures.subject("big-0003"),
                Optional.of(diary)));
        final List<String> lines = ReportFixtures.lines(pdf);

        @Test
        void report_staysWithinThreePages() {
            assertThat(evidence.size()).isEqualTo(KB.findings().size());

            assertThat(ReportFixtures.pages(pdf)).isBetween(1, PdfReport.MAX_PAGES);
        }

        @Test
        void report_saysWhereListsWereCut() {
            assertThat(lines).anySatisfy(line -> assertThat(line).contains("... and ").contains(" more"));
        }

        @Test
        void report_stillHasEverySectionInOrder() {
            assertHeadingsInOrder(lines, HEADINGS);
        }

        @Test
        void report_stillNamesEveryFiredRule() {
            String text = String.join(" ", lines);

            assertThat(assessment.triage().firedRules()).hasSizeGreaterThan(1);
            assertThat(assessment.triage().firedRules()).allSatisfy(r -> assertThat(text).contains(r.id()));
        }

        @Test
        void report_neverUsesTypeSmallerThanEightPoints() throws IOException {
            List<Float> sizes = new ArrayList<>();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        positions.forEach(p -> sizes.add(p.getFontSizeInPt()));
                    }
                };
                stripper.getText(doc);
            }

            assertThat(sizes).isNotEmpty().allSatisfy(size -> assertThat(size).isGreaterThanOrEqualTo(7.99f));
        }
    }

    static String percent(double probability) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * probability);
    }

    /** Each heading is a line of its own, exactly once, after the one before it. */
    static void assertHeadingsInOrder(List<String> lines, List<String> headings) {
        int previous = -1;
        for (String heading : headings) {
            assertThat(lines.stream().filter(heading::equals).count()).as("lines reading \"%s\"", heading).isOne();
            int at = lines.indexOf(heading);
            assertThat(at).as("\"%s\" comes after the heading before it", heading).isGreaterThan(previous);
            previous = at;
        }
    }
}
