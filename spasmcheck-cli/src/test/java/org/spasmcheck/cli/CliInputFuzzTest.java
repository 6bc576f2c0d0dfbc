package org.spasmcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import org.spasmcheck.server.service.ValueJson;

/**
 * The command line's two answer parsers: what a person types at an interview question, and an evidence file for
 * {@code spasmcheck assess}. Properties: a typed answer is refused or is a value its finding accepts; an evidence
 * file gives an assessment (exit 0) or one line per problem with exit 2, never a stack trace.
 *
 * <p>Fuzzing mode: {@code JAZZER_FUZZ=1 mvn -pl spasmcheck-cli -am test -Dtest=CliInputFuzzTest#evidenceFile
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} (docs/RELIABILITY.md, "Fuzzing").
 */
class CliInputFuzzTest {
    private static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    private static final List<Finding> FINDINGS = List.copyOf(KB.findings().values());
    private static final Path FILE = evidenceFile();

    @FuzzTest(maxDuration = "30s")
    void typedAnswer(FuzzedDataProvider data) {
        Finding finding = data.pickValue(FINDINGS);
        String typed = data.consumeRemainingAsString();
        Optional<Value> answer = AnswerParser.parse(finding, typed);
        answer.ifPresent(value -> assertThat(EvidenceReader.value(finding, ValueJson.toJson(value)))
                .as("%s typed as %s", finding.id(), typed).isEqualTo(value));
    }

    @FuzzTest(maxDuration = "30s")
    void evidenceFile(byte[] content) throws IOException {
        Files.write(FILE, content);
        Cli result = Cli.run("assess", "--evidence", FILE.toString(), "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isIn(0, SpasmcheckCommand.BAD_INPUT);
        if (result.exitCode() == 0) {
            assertThat(result.out()).contains("\"knowledge_base\"");
        } else {
            assertThat(result.err()).startsWith("spasmcheck: ").doesNotContain("\tat ").doesNotContain("Exception");
        }
    }

    private static Path evidenceFile() {
        try {
            return Files.createTempFile(Files.createDirectories(Path.of("target")), "fuzz-evidence-", ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
