package org.spasmcheck.cli.eval;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.knowledge.EvidenceReader;

/**
 * Reads a directory of vignette files. Every problem (file, key, allowed values) is collected; a set with any
 * problem is not evaluated at all.
 */
public final class VignetteReader {
    /** A repeated key would make a vignette ambiguous (which answer, which expected cause?): refused. */
    private static final ObjectReader JSON = new ObjectMapper().reader()
            .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private final KnowledgeBase kb;

    public VignetteReader(KnowledgeBase kb) {
        this.kb = kb;
    }

    public record Result(List<Vignette> vignettes, List<String> problems) {
    }

    public Result read(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<Vignette> vignettes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            read(f, problems).ifPresent(vignettes::add);
        }
        return new Result(vignettes, problems);
    }

    private Optional<Vignette> read(Path file, List<String> problems) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            problems.add(name + ": malformed JSON" + (e.getLocation() == null ? "" : " at line "
                    + e.getLocation().getLineNr()) + ": " + e.getOriginalMessage());
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(name + ": not UTF-8 text");
            return Optional.empty();
        }
        int before = problems.size();
        EvidenceReader.Result evidence = new EvidenceReader(kb).read(root.get("evidence"));
        evidence.problems().forEach(p -> problems.add(name + ": evidence." + p.format()));
        List<String> initial = new ArrayList<>();
        root.path("initial").forEach(i -> {
            if (!kb.findings().containsKey(i.asText())) {
                problems.add(name + ": initial '" + i.asText() + "': unknown finding id");
            }
            initial.add(i.asText());
        });
        JsonNode expected = root.path("expected");
        String cause = condition(name, "expected.cause", expected.path("cause"), problems);
        Set<String> acceptable = new HashSet<>();
        expected.path("acceptable_causes").forEach(c -> acceptable.add(condition(name, "expected.acceptable_causes", c, problems)));
        TriageLevel triage = level(name, "expected.triage", expected.path("triage"), problems);
        TriageLevel minSafe = expected.has("min_safe_triage")
                ? level(name, "expected.min_safe_triage", expected.path("min_safe_triage"), problems) : triage;
        if (problems.size() > before) {
            return Optional.empty();
        }
        String id = root.path("id").asText(name.replace(".json", ""));
        return Optional.of(new Vignette(id, name, evidence.evidence(), initial, cause, acceptable, triage, minSafe));
    }

    private String condition(String file, String key, JsonNode node, List<String> problems) {
        String id = node.asText("");
        if (kb.condition(id).isEmpty()) {
            problems.add(file + ": " + key + " '" + id + "': unknown condition id; allowed: "
                    + String.join(", ", kb.conditions().stream().map(c -> c.id()).toList()));
        }
        return id;
    }

    private static TriageLevel level(String file, String key, JsonNode node, List<String> problems) {
        Optional<TriageLevel> level = TriageLevel.fromId(node.asText(""));
        if (level.isEmpty()) {
            problems.add(file + ": " + key + " '" + node.asText("") + "': unknown triage level; allowed: "
                    + TriageLevel.allowedIds());
        }
        return level.orElse(TriageLevel.EMERGENCY_AMBULANCE);
    }
}
