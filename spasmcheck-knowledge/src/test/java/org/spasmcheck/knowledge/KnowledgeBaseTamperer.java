package org.spasmcheck.knowledge;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the shipped knowledge base in a temporary directory, changed one YAML node at a time. */
final class KnowledgeBaseTamperer {
    static final Path SHIPPED = Path.of("..", "knowledge-base");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private final Path dir;

    private KnowledgeBaseTamperer(Path dir) {
        this.dir = dir;
    }

    static KnowledgeBaseTamperer copyTo(Path target) {
        try (Stream<Path> files = Files.walk(SHIPPED)) {
            for (Path p : files.toList()) {
                Path dest = target.resolve(SHIPPED.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnowledgeBaseTamperer(target);
    }

    Path dir() {
        return dir;
    }

    /** Sets the node at a JSON pointer (e.g. /likelihood_ratios/0/finding) to a value given as YAML. */
    KnowledgeBaseTamperer set(String file, String pointer, String yamlValue) {
        return edit(file, root -> {
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            JsonNode value = readYaml(yamlValue);
            if (parent instanceof ArrayNode a) {
                a.set(Integer.parseInt(p.last().getMatchingProperty()), value);
            } else {
                ((ObjectNode) parent).set(p.last().getMatchingProperty(), value);
            }
        });
    }

    /** Removes the node at a JSON pointer. */
    KnowledgeBaseTamperer remove(String file, String pointer) {
        return edit(file, root -> {
            JsonPointer p = JsonPointer.compile(pointer);
            JsonNode parent = root.at(p.head());
            if (parent instanceof ArrayNode a) {
                a.remove(Integer.parseInt(p.last().getMatchingProperty()));
            } else {
                ((ObjectNode) parent).remove(p.last().getMatchingProperty());
            }
        });
    }

    KnowledgeBaseTamperer delete(String file) {
        try {
            Files.delete(dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    KnowledgeBaseTamperer write(String file, String text) {
        try {
            Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    JsonNode read(String file) {
        try {
            return YAML.readTree(dir.resolve(file).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load() {
        return new YamlKnowledgeBaseLoader().load(KnowledgeFiles.fromDirectory(dir));
    }

    private KnowledgeBaseTamperer edit(String file, java.util.function.Consumer<JsonNode> change) {
        try {
            JsonNode root = YAML.readTree(dir.resolve(file).toFile());
            change.accept(root);
            YAML.writeValue(dir.resolve(file).toFile(), root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static JsonNode readYaml(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
