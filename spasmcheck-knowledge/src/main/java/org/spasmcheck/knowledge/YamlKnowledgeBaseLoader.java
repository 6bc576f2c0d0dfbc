package org.spasmcheck.knowledge;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.spasmcheck.engine.diary.DiaryRules;
import org.spasmcheck.engine.model.Alert;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.InterviewSettings;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.ModelParameters;
import org.spasmcheck.engine.model.Myth;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.Source;
import org.spasmcheck.engine.model.TriageLevel;

/**
 * Loads knowledge-base/*.yaml into an immutable {@link KnowledgeBase}, validating as it reads. Every problem is
 * reported with file, path and fix; the knowledge base is returned only when there is no error.
 */
public final class YamlKnowledgeBaseLoader {
    static final String MAIN = "knowledge-base.yaml";
    static final String FINDINGS = "findings.yaml";
    static final String RULES = "red-flags.yaml";
    static final String MYTHS = "myths.yaml";
    static final String DIARY = "diary.yaml";
    static final String VOCABULARY = "contract/vocabulary.yaml";
    static final String CONDITIONS_DIR = "conditions/";

    /**
     * The YAML parser, built on first use: the shipped knowledge base is read from its bundle (JSON), so a command
     * that only assesses never loads the YAML factory. A repeated key would silently override the first one, so it
     * is refused like a syntax error.
     */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    }
    private static volatile KnowledgeBase shipped;

    /**
     * The knowledge base packed into this jar, loaded once: from the bundle the build parsed it into (fast to start),
     * or from the YAML files themselves where there is no bundle (classes run straight from an IDE).
     */
    public static KnowledgeBase shipped() {
        KnowledgeBase kb = shipped;
        if (kb == null) {
            YamlKnowledgeBaseLoader loader = new YamlKnowledgeBaseLoader();
            kb = KnowledgeBundle.fromClasspath().map(loader::load)
                    .orElseGet(() -> loader.load(KnowledgeFiles.fromClasspath()))
                    .orThrow();
            shipped = kb;
        }
        return kb;
    }

    public LoadResult load(KnowledgeFiles files) {
        Issues issues = new Issues();
        return read(parse(files, issues), files.contentHash(), issues);
    }

    /** Reads a knowledge base that the build already parsed: the same checks, the same result as from its files. */
    public LoadResult load(KnowledgeBundle bundle) {
        Map<String, Node> roots = new TreeMap<>();
        bundle.trees().forEach((file, json) -> roots.put(file, new Node(file, "", json)));
        return read(roots, bundle.contentHash(), new Issues());
    }

    private LoadResult read(Map<String, Node> roots, String contentHash, Issues issues) {
        Citations citations = new Citations(readSources(roots, issues), issues);
        Node main = required(roots, MAIN, issues);
        FindingReader findingReader = new FindingReader(issues, citations);
        Map<String, Finding> findings = findingReader.read(required(roots, FINDINGS, issues));
        ExpressionReader expressions = new ExpressionReader(findings, issues);
        findingReader.readGates(required(roots, FINDINGS, issues), findings, expressions);
        ModelParameters model = model(main, citations, issues);
        List<Condition> conditions = new ArrayList<>();
        ConditionReader conditionReader = new ConditionReader(issues, citations, findings, expressions);
        roots.forEach((file, node) -> {
            if (file.startsWith(CONDITIONS_DIR)) {
                conditionReader.read(node, file.substring(CONDITIONS_DIR.length()).replace(".yaml", ""))
                        .ifPresent(conditions::add);
            }
        });
        List<RedFlagRule> rules = new RuleReader(issues, citations, findings, expressions)
                .read(required(roots, RULES, issues));
        List<Myth> myths = myths(roots.get(MYTHS), citations);
        DiaryRules diary = new DiaryReader(issues, citations, findings).read(required(roots, DIARY, issues));
        Optional.ofNullable(roots.get(VOCABULARY)).ifPresentOrElse(
                v -> new VocabularyCheck(issues).check(v, findings, conditions),
                () -> issues.error(VOCABULARY, "the interview contract is missing",
                        "copy ../shared/contract/vocabulary.yaml to knowledge-base/" + VOCABULARY));
        checkPriors(conditions, issues);
        if (issues.hasErrors() || main == null) {
            return new LoadResult(Optional.empty(), issues.all());
        }
        KnowledgeBase kb = new KnowledgeBase(
                main.get("id").text().orElse("spasmcheck-kb"),
                main.get("version").text().orElse("0"),
                contentHash,
                main.get("title").text().orElse(""),
                model,
                interview(main.get("interview"), citations, findings, issues),
                TriageLevel.fromId(main.get("triage").get("default_level").text().orElse("")).orElse(TriageLevel.SELF_CARE),
                citations.sources(),
                findings,
                conditions,
                rules,
                alerts(main.get("alerts"), citations, expressions),
                safetyNet(main.get("safety_net_by_level"), issues),
                main.get("disclaimer").text().orElse(""),
                myths,
                diary);
        return issues.hasErrors() ? new LoadResult(Optional.empty(), issues.all()) : new LoadResult(Optional.of(kb), issues.all());
    }

    static Map<String, Node> parse(KnowledgeFiles files, Issues issues) {
        Map<String, Node> roots = new TreeMap<>();
        files.contents().forEach((file, text) -> {
            try {
                JsonNode json = Yaml.MAPPER.readTree(text);
                roots.put(file, new Node(file, "", json));
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                String line = at == null ? "" : " at line " + at.getLineNr();
                String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
                // Jackson's words for STRICT_DUPLICATE_DETECTION; the fix differs from that of a syntax error.
                if (message.startsWith("Duplicate field")) {
                    issues.error(file, "duplicate key" + line + ": " + message.substring("Duplicate field ".length()),
                            "keep one of the two: the second would silently replace the first");
                } else {
                    issues.error(file, "YAML syntax error" + line + ": " + message,
                            "fix the YAML syntax (indentation, quotes, colons)");
                }
            }
        });
        return roots;
    }

    private static Node required(Map<String, Node> roots, String file, Issues issues) {
        Node node = roots.get(file);
        if (node == null && issues.all().stream().noneMatch(i -> i.file().equals(file))) {
            issues.error(file, "required file is missing", "create " + file + " (see knowledge-base/README.md)");
        }
        return node == null ? new Node(file, "", null) : node;
    }

    private static Map<String, Source> readSources(Map<String, Node> roots, Issues issues) {
        Map<String, Source> sources = new LinkedHashMap<>();
        roots.forEach((file, root) -> {
            if (!file.matches("sources(-[a-z0-9-]+)?\\.yaml")) {
                return;
            }
            for (Node s : root.get("sources").elements()) {
                String key = s.get("key").text().orElse("");
                Optional<String> citation = s.get("citation").text();
                if (key.isEmpty() || citation.isEmpty()) {
                    issues.error(s, "a source needs 'key' and 'citation'", "add the full citation");
                    continue;
                }
                if (sources.containsKey(key)) {
                    issues.error(s.get("key"), "duplicate source key '" + key + "'", "give the new source another key");
                    continue;
                }
                List<String> urls = s.get("urls").elements().stream().map(u -> u.text().orElse("")).toList();
                sources.put(key, new Source(key, citation.get(), urls));
            }
        });
        return sources;
    }

    private static ModelParameters model(Node main, Citations citations, Issues issues) {
        Node m = main.get("model");
        return new ModelParameters(
                Numbers.positive(m.get("lr_min"), issues, 0.02),
                Numbers.positive(m.get("lr_max"), issues, 50),
                Numbers.probability(m.get("unexplained_frequency_factor"), issues, 0.3),
                Numbers.positive(m.get("site_mismatch_lr"), issues, 0.2),
                citations.required(m));
    }

    private static InterviewSettings interview(Node i, Citations citations, Map<String, Finding> findings, Issues issues) {
        List<String> first = new ArrayList<>();
        for (Node q : i.get("first_questions").elements()) {
            String id = q.text().orElse("");
            if (!findings.containsKey(id)) {
                issues.error(q, "unknown finding '" + id + "'", "use a finding id from findings.yaml");
            }
            first.add(id);
        }
        return new InterviewSettings(first,
                (int) Numbers.positive(i.get("question_cap"), issues, 20),
                Numbers.probability(i.get("confidence_stop"), issues, 0.8),
                Numbers.positive(i.get("min_information_gain_bits"), issues, 0.02),
                Numbers.inRange(i.get("triage_information_weight"), issues, 1, -Double.MIN_VALUE, 100,
                        "a weight from 0 to 100"),
                citations.required(i));
    }

    private static List<Alert> alerts(Node list, Citations citations, ExpressionReader expressions) {
        List<Alert> out = new ArrayList<>();
        for (Node a : list.elements()) {
            out.add(new Alert(a.get("id").text().orElse(""), expressions.read(a.get("when")),
                    a.get("text").text().orElse(""), citations.required(a)));
        }
        return out;
    }

    private static Map<TriageLevel, String> safetyNet(Node node, Issues issues) {
        Map<TriageLevel, String> out = new EnumMap<>(TriageLevel.class);
        for (TriageLevel level : TriageLevel.values()) {
            Optional<String> text = node.get(level.id()).text();
            if (text.isEmpty()) {
                issues.error(node, "no safety-net advice for triage level '" + level.id() + "'",
                        "add " + level.id() + ": \"...\" under safety_net_by_level");
            } else {
                out.put(level, text.get());
            }
        }
        return out;
    }

    private static List<Myth> myths(Node root, Citations citations) {
        if (root == null) {
            return List.of();
        }
        List<Myth> out = new ArrayList<>();
        for (Node m : root.get("myths").elements()) {
            out.add(new Myth(m.get("id").text().orElse(""), m.get("claim").text().orElse(""),
                    m.get("problem").text().orElse(""), m.get("fact").text().orElse(""),
                    m.get("clinician_note").text().orElse(""), citations.required(m)));
        }
        return out;
    }

    /** Priors are shares of one population, so together they must leave room for "other cause". */
    private static void checkPriors(List<Condition> conditions, Issues issues) {
        double sum = conditions.stream().mapToDouble(c -> c.prior().value()).sum();
        if (sum >= 1) {
            issues.error(new Node(CONDITIONS_DIR, "prior.value", null), String.format(
                    java.util.Locale.ROOT, "the priors of all conditions sum to %.3f; they must sum to less than 1", sum),
                    "lower the priors so that 'other cause' keeps a share");
        }
    }
}
