package org.spasmcheck.knowledge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A knowledge base's YAML files parsed once, at build time, and packed as one JSON document beside them in the jar.
 *
 * <p>Why: a command-line run starts a cold JVM, and parsing some 200 KB of YAML there costs most of its start-up
 * (SnakeYAML in the interpreter, and reading the files through a zip file system). JSON parses several times
 * faster and needs no file system. The trees are the very ones the YAML parser produced, and the content hash is the
 * YAML files' own, so a knowledge base read from the bundle is the same knowledge base, under the same identity
 * (tested in {@code KnowledgeBundleTest}). The build step validates the knowledge base and fails on any error.
 *
 * @param contentHash the {@link KnowledgeFiles#contentHash()} of the YAML files the trees came from
 * @param origin      where those files were
 * @param trees       each file's parsed content, by path relative to the knowledge-base directory
 */
public record KnowledgeBundle(String contentHash, String origin, SortedMap<String, JsonNode> trees) {
    /** The bundle's place on the classpath, beside the YAML files it was made from. */
    static final String RESOURCE = KnowledgeFiles.CLASSPATH_ROOT + "/knowledge-base.bundle.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public KnowledgeBundle {
        trees = new TreeMap<>(trees);
    }

    /**
     * Parses the YAML files.
     *
     * @throws KnowledgeBaseException if a file is not valid YAML
     */
    public static KnowledgeBundle of(KnowledgeFiles files) {
        Issues issues = new Issues();
        SortedMap<String, JsonNode> trees = new TreeMap<>();
        YamlKnowledgeBaseLoader.parse(files, issues).forEach((file, node) -> trees.put(file, node.json()));
        if (issues.hasErrors()) {
            throw new KnowledgeBaseException(issues.all());
        }
        return new KnowledgeBundle(files.contentHash(), files.origin(), trees);
    }

    /** The bundle packed into the spasmcheck-knowledge jar, if the build made one. */
    public static Optional<KnowledgeBundle> fromClasspath() {
        try (InputStream in = KnowledgeBundle.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            return in == null ? Optional.empty() : Optional.of(read(JSON.readTree(in)));
        } catch (IOException e) {
            throw new UncheckedIOException("the shipped knowledge-base bundle cannot be read", e);
        }
    }

    private static KnowledgeBundle read(JsonNode root) {
        SortedMap<String, JsonNode> trees = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.get("files").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> file = it.next();
            trees.put(file.getKey(), file.getValue());
        }
        return new KnowledgeBundle(root.get("content_hash").asText(), "classpath:" + KnowledgeFiles.CLASSPATH_ROOT,
                trees);
    }

    /** The bundle as one JSON document: {@code {"content_hash": ..., "files": {path: tree}}}. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("content_hash", contentHash);
        ObjectNode files = root.putObject("files");
        trees.forEach(files::set);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed YAML tree is always writable as JSON", e);
        }
    }

    /**
     * The build step: validates the knowledge base in {@code args[0]} and writes its bundle to {@code args[1]}.
     * Exits with status 1, listing the problems, if the knowledge base has an error.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: KnowledgeBundle <knowledge-base directory> <bundle file>");
            System.exit(2);
        }
        KnowledgeFiles files = KnowledgeFiles.fromDirectory(Path.of(args[0]));
        LoadResult checked = new YamlKnowledgeBaseLoader().load(files);
        if (checked.knowledgeBase().isEmpty()) {
            checked.issues().forEach(System.err::println);
            System.exit(1);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.write(out, of(files).toJson());
    }
}
