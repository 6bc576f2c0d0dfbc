package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * The knowledge-base loader on mutated copies of the shipped YAML files. Property: the loader either returns a
 * knowledge base that the engine can use, or reports issues that each name a file (a {@link KnowledgeBaseException}
 * or a {@link LoadResult} with errors); any other exception is a finding.
 *
 * <p>Regression mode ({@code mvn verify}) replays the committed inputs under
 * {@code src/test/resources/org/spasmcheck/knowledge/KnowledgeBaseLoaderFuzzTestInputs/}; fuzzing mode:
 * {@code JAZZER_FUZZ=1 mvn -pl spasmcheck-knowledge -am test -Dtest=KnowledgeBaseLoaderFuzzTest#tamperedNode
 * -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m} (see docs/RELIABILITY.md, "Fuzzing").
 */
class KnowledgeBaseLoaderFuzzTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final KnowledgeFiles SHIPPED = KnowledgeFiles.fromDirectory(KnowledgeBaseTamperer.SHIPPED);
    private static final List<String> FILES = List.copyOf(SHIPPED.contents().keySet());
    private static final Map<String, JsonNode> TREES = parsedShippedFiles();
    /** One copy of the shipped directory per test JVM; each input changes one file and puts it back afterwards. */
    private static final Path COPY = copyOfShipped();

    /**
     * The input is a file name, a line break, and the file's new bytes (the seeds are shipped files, so the fuzzer
     * mutates real YAML). A name that is not a shipped file picks one by its hash.
     */
    @FuzzTest(maxDuration = "30s")
    void mutatedText(byte[] input) {
        int newline = indexOf(input, (byte) '\n');
        String name = new String(input, 0, Math.max(newline, 0), StandardCharsets.UTF_8);
        String file = FILES.contains(name) ? name : FILES.get(Math.floorMod(name.hashCode(), FILES.size()));
        byte[] content = Arrays.copyOfRange(input, newline + 1, input.length);
        loadWith(file, content);
    }

    /** One node of one shipped file removed, retyped, set out of range or duplicated (see {@link YamlMutation}). */
    @FuzzTest(maxDuration = "30s")
    void tamperedNode(FuzzedDataProvider data) {
        String file = data.pickValue(FILES);
        JsonNode root = TREES.get(file).deepCopy();
        YamlMutation.apply(root, data);
        try {
            loadWith(file, YAML.writeValueAsBytes(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loadWith(String file, byte[] content) {
        Path target = COPY.resolve(file);
        try {
            Files.write(target, content);
            assertLoadsOrReportsIssues();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            restore(target, file);
        }
    }

    private static void assertLoadsOrReportsIssues() {
        LoadResult result;
        try {
            result = new YamlKnowledgeBaseLoader().load(KnowledgeFiles.fromDirectory(COPY));
        } catch (KnowledgeBaseException e) {
            assertThat(e.issues()).isNotEmpty().allSatisfy(KnowledgeBaseLoaderFuzzTest::assertNamesFile);
            return;
        }
        assertThat(result.issues()).allSatisfy(KnowledgeBaseLoaderFuzzTest::assertNamesFile);
        if (result.knowledgeBase().isEmpty()) {
            assertThat(result.errors()).as("a knowledge base that did not load says why").isNotEmpty();
            return;
        }
        // What validation lets through, the engine must be able to use.
        KnowledgeBase kb = result.knowledgeBase().get();
        assertThat(new Engine(kb).assess(new AssessmentRequest(Evidence.EMPTY, Audience.PATIENT, 0)).differential()
                .ranked()).isNotEmpty();
    }

    private static void assertNamesFile(ValidationIssue issue) {
        assertThat(issue.file()).as(issue.format()).isNotBlank();
        assertThat(issue.message()).as(issue.format()).isNotBlank();
    }

    private static void restore(Path target, String file) {
        try {
            Files.writeString(target, SHIPPED.contents().get(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int indexOf(byte[] bytes, byte b) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == b) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, JsonNode> parsedShippedFiles() {
        Map<String, JsonNode> trees = new TreeMap<>();
        SHIPPED.contents().forEach((file, text) -> {
            try {
                trees.put(file, YAML.readTree(text));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return trees;
    }

    private static Path copyOfShipped() {
        try {
            Path dir = Files.createTempDirectory(Path.of("target"), "fuzz-kb-");
            return KnowledgeBaseTamperer.copyTo(dir).dir();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
