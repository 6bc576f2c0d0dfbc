package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.model.KnowledgeBase;

/** The build-time bundle is the same knowledge base as its YAML files, under the same identity and the same checks. */
class KnowledgeBundleTest {
    private static final Path DIRECTORY = Path.of("..", "knowledge-base");
    private final YamlKnowledgeBaseLoader loader = new YamlKnowledgeBaseLoader();

    @Test
    void shipped_isReadFromTheBundleTheBuildPacked_andEqualsTheYamlFiles() {
        assertThat(KnowledgeBundle.fromClasspath()).as("the build packs a bundle").isPresent();
        KnowledgeBase fromYaml = loader.load(KnowledgeFiles.fromDirectory(DIRECTORY)).orThrow();

        KnowledgeBase shipped = YamlKnowledgeBaseLoader.shipped();

        assertThat(shipped.contentHash()).isEqualTo(fromYaml.contentHash());
        assertThat(shipped).usingRecursiveComparison().isEqualTo(fromYaml);
    }

    @Test
    void aBundleWrittenAsJson_readsBackToTheSameKnowledgeBase() throws Exception {
        KnowledgeFiles files = KnowledgeFiles.fromDirectory(DIRECTORY);
        KnowledgeBundle bundle = KnowledgeBundle.of(files);
        JsonNode json = new ObjectMapper().readTree(bundle.toJson());

        Map<String, JsonNode> trees = new TreeMap<>();
        json.get("files").fields().forEachRemaining(e -> trees.put(e.getKey(), e.getValue()));
        KnowledgeBundle reread = new KnowledgeBundle(json.get("content_hash").asText(), "test", new TreeMap<>(trees));

        assertThat(reread.trees()).isEqualTo(bundle.trees());
        assertThat(loader.load(reread).orThrow()).usingRecursiveComparison()
                .isEqualTo(loader.load(files).orThrow());
    }

    @Test
    void aBundle_isCheckedLikeItsFiles() {
        KnowledgeBundle bundle = KnowledgeBundle.of(KnowledgeFiles.fromDirectory(DIRECTORY));
        TreeMap<String, JsonNode> trees = new TreeMap<>(bundle.trees());
        ObjectNode model = trees.get(YamlKnowledgeBaseLoader.MAIN).deepCopy();
        model.remove("model");
        trees.put(YamlKnowledgeBaseLoader.MAIN, model);
        trees.remove(YamlKnowledgeBaseLoader.DIARY);

        LoadResult result = loader.load(new KnowledgeBundle(bundle.contentHash(), "test", trees));

        assertThat(result.knowledgeBase().isPresent()).isFalse();
        assertThat(result.errors()).extracting(ValidationIssue::file)
                .contains(YamlKnowledgeBaseLoader.MAIN, YamlKnowledgeBaseLoader.DIARY);
    }

    @Test
    void invalidYaml_isRefusedWhenBundling() {
        KnowledgeFiles broken = new KnowledgeFiles("test", new TreeMap<>(Map.of("knowledge-base.yaml", "id: [unclosed")));

        assertThatThrownBy(() -> KnowledgeBundle.of(broken)).isInstanceOf(KnowledgeBaseException.class)
                .hasMessageContaining("YAML syntax error");
    }
}
