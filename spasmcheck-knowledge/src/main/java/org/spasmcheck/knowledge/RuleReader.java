package org.spasmcheck.knowledge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.expression.Expression;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.model.TriageLevel;

/** Reads red-flags.yaml and checks that the rule set is monotone. */
final class RuleReader {
    private final Issues issues;
    private final Citations citations;
    private final Map<String, Finding> findings;
    private final ExpressionReader expressions;

    RuleReader(Issues issues, Citations citations, Map<String, Finding> findings, ExpressionReader expressions) {
        this.issues = issues;
        this.citations = citations;
        this.findings = findings;
        this.expressions = expressions;
    }

    List<RedFlagRule> read(Node root) {
        List<RedFlagRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<Node> nodes = root.get("rules").elements();
        for (Node r : nodes) {
            String id = r.get("id").text().orElse("");
            if (!ids.add(id)) {
                issues.error(r.get("id"), "duplicate rule id '" + id + "'", "give each rule its own id");
            }
            TriageLevel level = Enums.read(r.get("level"), TriageLevel::fromId, TriageLevel.allowedIds(), issues)
                    .orElse(TriageLevel.EMERGENCY);
            boolean redFlag = r.get("red_flag").json() != null && r.get("red_flag").json().asBoolean();
            Expression when = expressions.read(r.get("when"));
            Expression screenWhen = r.has("screen_when") ? expressions.read(r.get("screen_when")) : Expression.ALWAYS;
            if (redFlag && !r.has("screen_when")) {
                issues.error(r, "red-flag rule '" + id + "' has no screen_when", "say for which presentations it is screened");
            }
            rules.add(new RedFlagRule(id, level, redFlag, when, text(r, "reason"), text(r, "advice"),
                    citations.required(r), screen(r.get("screen")), screenWhen));
        }
        checkMonotone(rules, nodes);
        return rules;
    }

    private String text(Node r, String field) {
        return r.get(field).text().filter(s -> !s.isBlank()).orElseGet(() -> {
            issues.error(r.get(field), "missing " + field, "add the rule's " + field);
            return "";
        });
    }

    private List<String> screen(Node list) {
        List<String> out = new ArrayList<>();
        for (Node s : list.elements()) {
            String id = s.text().orElse("");
            Finding f = findings.get(id);
            if (f == null) {
                issues.error(s, "unknown finding '" + id + "'", "use a finding id from findings.yaml");
            } else if (f.askedOf() != Audience.PATIENT) {
                issues.error(s, "finding '" + id + "' is asked of clinicians and cannot screen the patient interview",
                        "screen with a patient question");
            }
            out.add(id);
        }
        return out;
    }

    /** Adding a present red-flag finding must never lower triage: no rule may read one under 'not'. */
    private void checkMonotone(List<RedFlagRule> rules, List<Node> nodes) {
        Set<String> redFlagFindings = RedFlagRule.redFlagFindings(rules);
        for (int i = 0; i < rules.size(); i++) {
            Set<String> negated = ExpressionReader.findingsUnderNot(rules.get(i).when());
            negated.retainAll(redFlagFindings);
            if (!negated.isEmpty()) {
                issues.error(nodes.get(i).get("when"), "rule '" + rules.get(i).id() + "' reads red-flag finding(s) "
                        + String.join(", ", negated) + " under 'not', so adding them could lower triage",
                        "rewrite the rule without negating a red-flag finding");
            }
        }
    }
}
