package org.spasmcheck.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.server.TestServer;

/** The question form read into answers; every wrong answer comes back with what is allowed. */
class AnswerFormTest {
    static final KnowledgeBase KB = TestServer.KB;

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("calf_swelling_one_side", List.of("yes"), null, Value.of(true)),
                Arguments.of("calf_swelling_one_side", List.of("no"), null, Value.of(false)),
                Arguments.of("calf_swelling_one_side", List.of("dont_know"), null, Value.UNKNOWN),
                Arguments.of("sex", List.of("female"), null, new Value.Choice("female")),
                Arguments.of("sex", List.of("dont_know"), null, Value.UNKNOWN),
                // The tetanus question's own "don't know" option stands for "Don't know".
                Arguments.of("tetanus_vaccine", List.of("dont_know"), null, new Value.Choice("fewer_than_3_doses_or_unknown")),
                Arguments.of("cramp_location", List.of("calf", "foot"), null, new Value.Choices(Set.of("calf", "foot"))),
                Arguments.of("cramp_location", List.of("dont_know"), null, Value.UNKNOWN),
                Arguments.of("age_years", List.of("45"), null, new Value.Number(45)),
                Arguments.of("age_years", List.of(" 0 "), null, new Value.Number(0)),
                Arguments.of("age_years", List.of("120"), null, new Value.Number(120)),
                Arguments.of("temperature_c", List.of("38.5"), null, new Value.Number(38.5)),
                Arguments.of("age_years", List.of(""), "1", Value.UNKNOWN),
                Arguments.of("age_years", List.of(), "1", Value.UNKNOWN));
    }

    @ParameterizedTest(name = "{0} = {1} (don''t know box: {2})")
    @MethodSource("accepted")
    void accepted(String findingId, List<String> answer, String dontKnowBox, Value expected) {
        assertThat(AnswerForm.read(finding(findingId), form(answer, dontKnowBox)))
                .isEqualTo(new AnswerForm.Answer(expected));
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("calf_swelling_one_side", List.of(), null, "Please choose Yes, No or Don't know."),
                Arguments.of("calf_swelling_one_side", List.of("maybe"), null, "Please choose Yes, No or Don't know."),
                Arguments.of("calf_swelling_one_side", List.of("yes", "no"), null, "Please choose Yes, No or Don't know."),
                Arguments.of("sex", List.of("other"), null, "Please choose one answer: Female, Male."),
                Arguments.of("cramp_location", List.of(), null, "Please tick every answer that fits"),
                Arguments.of("cramp_location", List.of("elbow"), null, "Please tick every answer that fits"),
                Arguments.of("cramp_location", List.of("calf", "dont_know"), null, "only Don't know"),
                Arguments.of("age_years", List.of(""), null, "Please type a number from 0 to 120 (years)"),
                Arguments.of("age_years", List.of("forty"), null, "\"forty\" is not a number."),
                Arguments.of("age_years", List.of("4e1"), null, "is not a number"),
                Arguments.of("age_years", List.of("NaN"), null, "is not a number"),
                Arguments.of("age_years", List.of("-1"), null, "-1 is outside the range."),
                Arguments.of("age_years", List.of("121"), null, "121 is outside the range."),
                Arguments.of("age_years", List.of("45"), "1", "You typed a number and ticked I don't know."),
                Arguments.of("age_years", List.of("a".repeat(500)), null, "\"aaaaaaaaaaaaaaaaaaaa...\" is not a number"));
    }

    @ParameterizedTest(name = "{0} = {1} (don''t know box: {2})")
    @MethodSource("refused")
    void refused(String findingId, List<String> answer, String dontKnowBox, String message) {
        AnswerForm.Result r = AnswerForm.read(finding(findingId), form(answer, dontKnowBox));
        assertThat(r).isInstanceOf(AnswerForm.Invalid.class);
        assertThat(((AnswerForm.Invalid) r).message()).contains(message);
    }

    @Test
    void plainWordsForOptionsQuestionsAndShares() {
        Finding duration = finding("cramp_duration");
        assertThat(PlainWords.question(duration)).isEqualTo("How long does one attack usually last?");
        assertThat(PlainWords.question(finding("cramp_location"))).endsWith("(choose all that apply)");
        assertThat(PlainWords.option(duration, "10_to_60_min")).isEqualTo("10 to 60 minutes");
        assertThat(PlainWords.option(duration, "some_new_option")).isEqualTo("Some new option");
        assertThat(PlainWords.idToWords("37_5_to_38_9")).isEqualTo("37.5 to 38.9");
        assertThat(PlainWords.percent(0.004)).isEqualTo("less than 1%");
        assertThat(PlainWords.percent(0)).isEqualTo("0%");
        assertThat(PlainWords.percent(0.816)).isEqualTo("82%");
        assertThat(PlainWords.barWidth(0.001)).isEqualTo(1);
    }

    @Test
    void everyOptionOfTheKnowledgeBaseHasAPlainLabel() {
        for (Finding f : KB.findings().values()) {
            for (String o : f.options()) {
                assertThat(PlainWords.option(f, o)).as(f.id() + " " + o).doesNotContain("_");
            }
        }
    }

    private static Finding finding(String id) {
        return KB.finding(id).orElseThrow();
    }

    private static Map<String, List<String>> form(List<String> answer, String dontKnowBox) {
        return dontKnowBox == null ? Map.of(AnswerForm.ANSWER, answer)
                : Map.of(AnswerForm.ANSWER, answer, AnswerForm.DONT_KNOW_FIELD, List.of(dontKnowBox));
    }
}
