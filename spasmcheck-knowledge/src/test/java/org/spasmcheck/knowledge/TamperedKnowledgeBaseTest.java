package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One valid knowledge base, changed one node at a time; each change must give exactly this message. */
class TamperedKnowledgeBaseTest {
    static final String NLC = "conditions/nocturnal_leg_cramps.yaml";

    @TempDir
    Path tmp;

    static Stream<Arguments> tamperings() {
        return Stream.of(
                row("unknown finding in a likelihood ratio",
                        t -> t.set(NLC, "/likelihood_ratios/0/finding", "no_such_finding"),
                        "ERROR " + NLC + " likelihood_ratios[0].finding: unknown finding 'no_such_finding' "
                                + "(fix: use a finding id from findings.yaml)"),
                row("number without a source",
                        t -> t.remove(NLC, "/prior/source").remove(NLC, "/prior/estimate"),
                        "ERROR " + NLC + " prior: a number without a source "
                                + "(fix: add `source:` with a key from sources.yaml, or `estimate:` with a reason)"),
                row("unknown source key",
                        t -> t.set(NLC, "/prior/source", "S999"),
                        "ERROR " + NLC + " prior.source: unknown source key 'S999' "
                                + "(fix: use a key defined in sources.yaml, or add the source with a full citation)"),
                row("prior out of range",
                        t -> t.set(NLC, "/prior/value", "1.5"),
                        "ERROR " + NLC + " prior.value: value 1.5 is out of range "
                                + "(fix: write a probability between 0 and 1 (exclusive))"),
                row("likelihood ratio out of range",
                        t -> t.set(NLC, "/likelihood_ratios/0", "{finding: urge_to_move, lr_pos: 0, lr_neg: 1.2, source: S8}"),
                        "ERROR " + NLC + " likelihood_ratios[0].lr_pos: value 0 is out of range "
                                + "(fix: write a likelihood ratio greater than 0 and below 1000)"),
                row("orphan condition",
                        t -> t.set(NLC, "/likelihood_ratios", "[]"),
                        "ERROR " + NLC + " likelihood_ratios: orphan condition 'nocturnal_leg_cramps': no likelihood "
                                + "ratios, so no answer can raise it (fix: add likelihood_ratios for the findings that point to it)"),
                row("rule referencing an unknown finding",
                        t -> t.set("red-flags.yaml", "/rules/0/when", "{finding: no_such_finding, is: true}"),
                        "ERROR red-flags.yaml rules[0].when.finding: unknown finding 'no_such_finding' "
                                + "(fix: use a finding id from findings.yaml)"),
                row("vocabulary condition not defined",
                        t -> t.delete("conditions/tetanus.yaml"),
                        "ERROR contract/vocabulary.yaml conditions[33]: vocabulary condition 'tetanus' is not defined "
                                + "(fix: add conditions/tetanus.yaml)"),
                row("vocabulary finding not defined",
                        t -> t.remove("findings.yaml", "/findings/4"),
                        "ERROR contract/vocabulary.yaml findings[5]: vocabulary finding 'cramp_hard_knot' is not defined "
                                + "(fix: add it to findings.yaml)"),
                row("unknown triage level",
                        t -> t.set(NLC, "/triage/floor", "urgent"),
                        "ERROR " + NLC + " triage.floor: unknown value 'urgent' (fix: use one of: emergency_ambulance, "
                                + "emergency, consultation_24, consultation, self_care)"),
                row("choice background not summing to 1",
                        t -> t.set("findings.yaml", "/findings/1/background", "{female: 0.5, male: 0.6}"),
                        "ERROR findings.yaml findings[1].background: background shares sum to 1.100, not 1 "
                                + "(fix: the shares of a choice or number finding are one population's answers: make them sum to 1)"),
                row("diary escalation with an unknown site",
                        t -> t.set("diary.yaml", "/escalations/3/when/0/sites/0", "elbow"),
                        "ERROR diary.yaml escalations[3].when[0].sites[0]: unknown site 'elbow' (fix: use an option "
                                + "of cramp_location: calf, foot,"),
                row("diary filter on a measure it cannot filter",
                        t -> t.set("diary.yaml", "/escalations/0/when/0", "{measure: episodes_per_week, at_least: 7, "
                                + "triggers: [heat]}"),
                        "ERROR diary.yaml escalations[0].when[0]: sites, triggers and longer_than_minutes only filter "
                                + "the measure 'episodes' (fix: use measure: episodes, or remove the filters)"),
                row("diary escalation threshold without a source",
                        t -> t.remove("diary.yaml", "/escalations/0/source"),
                        "ERROR diary.yaml escalations[0]: a number without a source"),
                row("diary trend window not longer than the recent window",
                        t -> t.set("diary.yaml", "/trend_weeks", "4"),
                        "ERROR diary.yaml trend_weeks: trend_weeks (4) must be longer than window_weeks (4)"),
                row("YAML syntax error",
                        t -> t.write("myths.yaml", "myths: [\n  - id: x\n"),
                        "ERROR myths.yaml: YAML syntax error"));
    }

    private static Arguments row(String name, UnaryOperator<KnowledgeBaseTamperer> change, String expected) {
        return Arguments.of(name, change, expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tamperings")
    void tampering_isReportedWithFilePathAndFix(String name, UnaryOperator<KnowledgeBaseTamperer> change, String expected) {
        LoadResult result = change.apply(KnowledgeBaseTamperer.copyTo(tmp)).load();
        assertThat(result.knowledgeBase()).isEmpty();
        assertThat(result.errors()).map(ValidationIssue::format).anySatisfy(m -> assertThat(m).startsWith(expected));
    }

    @Test
    void untouchedCopy_loadsWithoutErrors() {
        LoadResult result = KnowledgeBaseTamperer.copyTo(tmp).load();
        assertThat(result.errors()).isEmpty();
        assertThat(result.knowledgeBase()).isPresent();
    }

    @Test
    void severalProblems_areAllReportedAtOnce() {
        LoadResult result = KnowledgeBaseTamperer.copyTo(tmp)
                .set(NLC, "/prior/value", "1.5")
                .set("red-flags.yaml", "/rules/0/level", "soon")
                .delete("conditions/tetanus.yaml")
                .load();
        assertThat(result.errors()).map(ValidationIssue::format)
                .anySatisfy(m -> assertThat(m).contains(NLC + " prior.value"))
                .anySatisfy(m -> assertThat(m).contains("red-flags.yaml rules[0].level: unknown value 'soon'"))
                .anySatisfy(m -> assertThat(m).contains("vocabulary condition 'tetanus' is not defined"));
    }

    @Test
    void negatingARedFlagFinding_isRejectedAsNonMonotone() {
        KnowledgeBaseTamperer t = KnowledgeBaseTamperer.copyTo(tmp);
        String screened = t.read("red-flags.yaml").at("/rules/0/screen/0").asText();
        String rule = t.read("red-flags.yaml").at("/rules/0/id").asText();
        LoadResult result = t.set("red-flags.yaml", "/rules/0/when", "{not: {finding: " + screened + ", is: true}}").load();
        assertThat(result.errors()).map(ValidationIssue::format).contains("ERROR red-flags.yaml rules[0].when: rule '"
                + rule + "' reads red-flag finding(s) " + screened + " under 'not', so adding them could lower triage "
                + "(fix: rewrite the rule without negating a red-flag finding)");
    }

    @Test
    void contentHash_changesWithAnyEdit() {
        KnowledgeBaseTamperer t = KnowledgeBaseTamperer.copyTo(tmp);
        String before = KnowledgeFiles.fromDirectory(t.dir()).contentHash();
        t.write("myths.yaml", t.read("myths.yaml").toString().replace("\"fact\":\"", "\"fact\":\"Indeed. "));
        assertThat(KnowledgeFiles.fromDirectory(t.dir()).contentHash()).isNotEqualTo(before).hasSize(64);
    }
}
