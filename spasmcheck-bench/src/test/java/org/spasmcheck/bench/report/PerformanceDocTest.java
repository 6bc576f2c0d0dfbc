package org.spasmcheck.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PerformanceDocTest {
    private static final String DOC = """
            # Performance
            Prose before.
            <!-- bench:jmh -->
            | old | table |
            <!-- /bench:jmh -->
            Analysis between.
            <!-- bench:load -->
            <!-- /bench:load -->
            Prose after.
            """;

    @Test
    void replacesOnlyBetweenTheMarkers_andKeepsTheProse() {
        String rewritten = PerformanceDoc.replaceSections(DOC, Map.of("jmh", "| new | table |", "load", "| load |\n"));

        assertThat(rewritten).doesNotContain("| old | table |")
                .contains("<!-- bench:jmh -->\n| new | table |\n<!-- /bench:jmh -->")
                .contains("<!-- bench:load -->\n| load |\n<!-- /bench:load -->")
                .startsWith("# Performance\nProse before.\n").contains("\nAnalysis between.\n").endsWith("Prose after.\n");
    }

    @Test
    void rewritingTwice_givesTheSameDocument() {
        Map<String, String> tables = Map.of("jmh", "| a |", "load", "| b |");
        String once = PerformanceDoc.replaceSections(DOC, tables);

        assertThat(PerformanceDoc.replaceSections(once, tables)).isEqualTo(once);
    }

    @Test
    void aMissingSection_isNamedWithTheMarkersToAdd() {
        assertThatThrownBy(() -> PerformanceDoc.replaceSections(DOC, Map.of("storage", "| x |")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("storage").hasMessageContaining("<!-- bench:storage -->");
    }
}
