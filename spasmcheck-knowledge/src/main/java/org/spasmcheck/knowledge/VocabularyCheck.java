package org.spasmcheck.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.Finding;

/** The knowledge base must define every condition and finding id of the interview contract, with its type and options. */
final class VocabularyCheck {
    /** The contract's first finding row ("id: id", "question (plain language)") is its format example, not a finding. */
    static final String TEMPLATE_ROW = "id";

    private final Issues issues;

    VocabularyCheck(Issues issues) {
        this.issues = issues;
    }

    void check(Node vocabulary, Map<String, Finding> findings, List<Condition> conditions) {
        Set<String> conditionIds = conditions.stream().map(Condition::id).collect(Collectors.toSet());
        Set<String> contractConditions = vocabulary.get("conditions").elements().stream()
                .map(c -> c.get("id").text().orElse("")).collect(Collectors.toSet());
        for (Node c : vocabulary.get("conditions").elements()) {
            String id = c.get("id").text().orElse("");
            if (!conditionIds.contains(id)) {
                issues.error(c, "vocabulary condition '" + id + "' is not defined", "add conditions/" + id + ".yaml");
            }
        }
        conditionIds.stream().filter(id -> !contractConditions.contains(id)).sorted().forEach(id ->
                issues.warning(new Node(YamlKnowledgeBaseLoader.CONDITIONS_DIR + id + ".yaml", "id", null),
                        "condition '" + id + "' is not in the interview contract", "vignettes cannot name it as a cause"));
        for (Node f : vocabulary.get("findings").elements()) {
            String id = f.get("id").text().orElse("");
            if (TEMPLATE_ROW.equals(id)) {
                continue;
            }
            Finding finding = findings.get(id);
            if (finding == null) {
                issues.error(f, "vocabulary finding '" + id + "' is not defined", "add it to findings.yaml");
                continue;
            }
            String type = f.get("type").text().orElse("");
            if (!finding.type().id().equals(type)) {
                issues.error(f, "finding '" + id + "' is " + finding.type().id() + " in the knowledge base but " + type
                        + " in the vocabulary", "use the vocabulary's type");
            }
            List<String> options = f.get("options").elements().stream().map(o -> o.text().orElse("")).toList();
            if (!options.isEmpty() && !options.equals(finding.options())) {
                issues.error(f, "finding '" + id + "' has options " + finding.options() + " but the vocabulary has "
                        + options, "use the vocabulary's options in its order");
            }
        }
    }
}
