package org.spasmcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

class LineWrapperTest {
    /** Every character is one point wide, so widths are character counts. */
    static final LineWrapper.Measure MONO = text -> text.codePointCount(0, text.length());

    @Test
    void wrap_breaksBetweenWords_whenTheNextWordDoesNotFit() {
        assertThat(LineWrapper.wrap("aaa bbb ccc", 7, MONO)).containsExactly("aaa bbb", "ccc");
    }

    @Test
    void wrap_cutsAWordLongerThanALine() {
        assertThat(LineWrapper.wrap("ab cdefghij", 4, MONO)).containsExactly("ab", "cdef", "ghij");
    }

    @Test
    void wrap_cutsALongIdBetweenItsParts() {
        assertThat(LineWrapper.wrap("long_term_steroids", 12, MONO)).containsExactly("long_term_", "steroids");
    }

    @Test
    void wrap_startsANewLineAtALineBreak() {
        assertThat(LineWrapper.wrap("first\nsecond", 40, MONO)).containsExactly("first", "second");
    }

    @Test
    void wrap_neverSplitsACharacterOutsideTheBasicPlane() {
        assertThat(LineWrapper.wrap("\uD83D\uDE00\uD83D\uDE00\uD83D\uDE00", 2, MONO))
                .containsExactly("\uD83D\uDE00\uD83D\uDE00", "\uD83D\uDE00");
    }

    @Test
    void wrap_emptyText_isOneEmptyLine() {
        assertThat(LineWrapper.wrap("", 10, MONO)).containsExactly("");
    }

    @RepeatedTest(20)
    void wrap_keepsEveryWordInOrder_andNoLineIsTooWide(RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        List<String> words = new ArrayList<>();
        for (int i = 0; i < 1 + random.nextInt(40); i++) {
            words.add(String.valueOf((char) ('a' + random.nextInt(26))).repeat(1 + random.nextInt(12)));
        }
        int width = 5 + random.nextInt(30);

        List<String> lines = LineWrapper.wrap(String.join(" ", words), width, MONO);

        assertThat(lines).allSatisfy(line -> assertThat(MONO.width(line)).isLessThanOrEqualTo(width));
        assertThat(String.join("", lines).replace(" ", "")).isEqualTo(String.join("", words));
    }
}
