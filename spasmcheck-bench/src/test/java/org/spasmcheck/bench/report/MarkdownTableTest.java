package org.spasmcheck.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MarkdownTableTest {
    @Test
    void numericColumns_areRightAligned_andPipesInCellsEscaped() {
        String table = new MarkdownTable("Path", "ops/s>").row("a|b", MarkdownTable.number(12345.678, 1)).toString();

        assertThat(table).isEqualTo("| Path | ops/s |\n| --- | ---: |\n| a\\|b | 12,345.7 |\n");
    }

    @Test
    void aRowOfTheWrongWidth_isRefused() {
        assertThatThrownBy(() -> new MarkdownTable("a", "b").row("only one"))
                .hasMessageContaining("needs 2 cells");
    }

    @Test
    void notANumber_isShownAsNotAvailable() {
        assertThat(MarkdownTable.number(Double.NaN, 2)).isEqualTo("n/a");
    }
}
