package org.spasmcheck.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A development vignette of {@code eval/vignettes} (eval/VIGNETTES.md): what a person would answer. The benchmarks
 * play them so that the load looks like real use: the opening answers, then each question the interview asks,
 * answered from the vignette, or "don't know" (a yes/no question: no) when the vignette does not say.
 *
 * @param initial  the answers given when the interview starts
 * @param evidence every answer the vignette knows
 */
public record Vignette(String id, ObjectNode initial, ObjectNode evidence) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The answer this person gives to a question on {@code findingId} of the given API answer type. */
    public JsonNode answer(String findingId, String type) {
        JsonNode known = evidence.get(findingId);
        if (known != null) {
            return known;
        }
        return "boolean".equals(type) ? JSON.getNodeFactory().booleanNode(false) : JSON.getNodeFactory().nullNode();
    }

    /** The {@code dev-*.json} vignettes of the checkout ({@link RepositoryRoot}), in file-name order. */
    public static List<Vignette> development() {
        return load(RepositoryRoot.find().resolve("eval").resolve("vignettes"));
    }

    static List<Vignette> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("no vignettes at " + dir.toAbsolutePath().normalize()
                    + "; run from a spasmcheck checkout or set -Dspasmcheck.root=<checkout>");
        }
        List<Vignette> vignettes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("dev-.*\\.json")).sorted().toList()) {
                vignettes.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vignettes in " + dir, e);
        }
        if (vignettes.isEmpty()) {
            throw new IllegalStateException("no dev-*.json vignettes in " + dir.toAbsolutePath().normalize());
        }
        return List.copyOf(vignettes);
    }

    private static Vignette read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        ObjectNode evidence = (ObjectNode) root.get("evidence");
        ObjectNode initial = JSON.createObjectNode();
        root.get("initial").forEach(id -> initial.set(id.asText(), evidence.get(id.asText())));
        return new Vignette(root.get("id").asText(), initial, evidence);
    }
}
