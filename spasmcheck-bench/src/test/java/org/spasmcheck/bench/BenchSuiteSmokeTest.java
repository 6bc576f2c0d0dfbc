package org.spasmcheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.bench.report.PerformanceDoc;

/**
 * The documented command in its smoke mode: every part runs, and a copy of docs/PERFORMANCE.md gets every table,
 * with its prose kept. Checks the harness, never a speed.
 */
class BenchSuiteSmokeTest {
    @Test
    void smokeRun_fillsEverySectionOfACopyOfTheDocument(@TempDir Path dir) throws Exception {
        Path doc = Files.copy(RepositoryRoot.find().resolve("docs/PERFORMANCE.md"), dir.resolve("PERFORMANCE.md"));
        String before = Files.readString(doc);

        BenchSuite.Results results = BenchSuite.run(SuiteMode.SMOKE, Set.of());
        Map<String, String> sections = BenchSuite.sections(results, SuiteMode.SMOKE);
        PerformanceDoc.rewrite(doc, sections);

        assertThat(sections).containsOnlyKeys("machine", "goals", "jmh", "load", "storage", "startup");
        String after = Files.readString(doc);
        sections.forEach((name, table) -> assertThat(after).as(name)
                .contains("<!-- bench:" + name + " -->\n" + table));
        assertThat(sections.get("goals")).doesNotContain("not measured").contains("Answer path").contains("cold start");
        assertThat(sections.get("load")).contains("| echo |").contains("| assess |").contains("sqlite")
                .contains("postgresql");
        assertThat(after).contains("## What bounds each path").startsWith(before.substring(0, before.indexOf("<!--")));
    }
}
