package org.spasmcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.report.ReportFixtures.KB;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

class AnswerTextTest {
    final Finding site = KB.finding("cramp_location").orElseThrow();
    final Finding age = KB.finding("age_years").orElseThrow();
    final Finding swelling = KB.finding("calf_swelling_one_side").orElseThrow();

    @Test
    void dontKnow_readsUnknownAsked() {
        assertThat(AnswerText.words(swelling, Value.UNKNOWN)).isEqualTo("unknown (asked)");
    }

    @Test
    void yesAndNo_readAsThemselves() {
        assertThat(AnswerText.words(swelling, Value.of(true))).isEqualTo("yes");
        assertThat(AnswerText.words(swelling, Value.of(false))).isEqualTo("no");
    }

    @Test
    void multiChoice_readsTheLabels_inTheQuestionsOrder() {
        String answer = AnswerText.words(site, new Value.Choices(Set.of("foot", "calf")));

        assertThat(answer).isEqualTo(site.optionLabel("calf") + "; " + site.optionLabel("foot"));
    }

    @Test
    void number_carriesItsUnit() {
        assertThat(AnswerText.words(age, new Value.Number(68))).isEqualTo("68 " + age.unit());
    }

    @Test
    void findingTheKnowledgeBaseDoesNotKnow_showsTheRawOption() {
        assertThat(AnswerText.words(null, new Value.Choice("left_calf"))).isEqualTo("left_calf");
    }
}
