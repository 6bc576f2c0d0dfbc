package org.spasmcheck.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spasmcheck.engine.expression.Expression;
import org.spasmcheck.engine.model.Advice;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Condition;
import org.spasmcheck.engine.model.EvidenceGrade;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingType;
import org.spasmcheck.engine.model.LikelihoodRatioEntry;
import org.spasmcheck.engine.model.Prior;
import org.spasmcheck.engine.model.Recommendation;
import org.spasmcheck.engine.model.Reported;
import org.spasmcheck.engine.model.Treatment;
import org.spasmcheck.engine.model.TriageFloor;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.WorkupItem;

/** Reads one conditions/&lt;id&gt;.yaml file. */
final class ConditionReader {
    private static final Set<String> FIELDS = Set.of("id", "name", "lay_name", "icd10", "summary", "clinician_summary",
            "prior", "excluded_if", "sites", "likelihood_ratios", "triage", "workup", "treatments", "prevention",
            "safety_net", "learn");
    private static final String SITES_FINDING = "cramp_location";

    private final Issues issues;
    private final Citations citations;
    private final Map<String, Finding> findings;
    private final ExpressionReader expressions;

    ConditionReader(Issues issues, Citations citations, Map<String, Finding> findings, ExpressionReader expressions) {
        this.issues = issues;
        this.citations = citations;
        this.findings = findings;
        this.expressions = expressions;
    }

    Optional<Condition> read(Node c, String fileId) {
        String id = c.get("id").text().orElse("");
        if (!id.equals(fileId)) {
            issues.error(c.get("id"), "condition id '" + id + "' does not match its file name '" + fileId + ".yaml'",
                    "name the file after the condition id");
        }
        c.fields().stream().map(Map.Entry::getKey).filter(k -> !FIELDS.contains(k)).forEach(k ->
                issues.warning(c.get(k), "unknown field '" + k + "' is ignored", "use one of: " + String.join(", ", FIELDS)));
        List<LikelihoodRatioEntry> lrs = likelihoodRatios(c.get("likelihood_ratios"));
        if (lrs.isEmpty()) {
            issues.error(c.get("likelihood_ratios"), "orphan condition '" + id + "': no likelihood ratios, so no answer can raise it",
                    "add likelihood_ratios for the findings that point to it");
        }
        Expression excluded = c.has("excluded_if") ? expressions.read(c.get("excluded_if")) : new Expression.Any(List.of());
        return Optional.of(new Condition(id,
                c.get("name").text().orElse(id),
                c.get("lay_name").text().orElse(c.get("name").text().orElse(id)),
                c.get("icd10").text().orElse(""),
                requiredText(c, "summary"),
                c.get("clinician_summary").text().orElse(""),
                prior(c.get("prior")),
                excluded,
                sites(c.get("sites")),
                lrs,
                triage(c.get("triage")),
                workup(c.get("workup")),
                treatments(c.get("treatments")),
                prevention(c.get("prevention")),
                texts(c.get("safety_net")),
                texts(c.get("learn").get("key_facts"))));
    }

    private String requiredText(Node c, String field) {
        Optional<String> t = c.get(field).text().filter(s -> !s.isBlank());
        if (t.isEmpty()) {
            issues.error(c.get(field), "missing " + field, "add a plain-English " + field);
        }
        return t.orElse("");
    }

    private Prior prior(Node p) {
        double value = Numbers.probability(p.get("value"), issues, 0.01);
        Citation citation = citations.required(p);
        List<Prior.AgeFactor> byAge = new ArrayList<>();
        for (Node a : p.get("by_age").elements()) {
            byAge.add(new Prior.AgeFactor(a.has("from") ? a.get("from").json().asDouble() : null,
                    a.has("below") ? a.get("below").json().asDouble() : null,
                    Numbers.positive(a.get("factor"), issues, 1), citations.required(a)));
        }
        Map<String, Double> bySex = new HashMap<>();
        Node sex = p.get("by_sex");
        Citation sexCitation = null;
        if (!sex.isMissing()) {
            for (String s : List.of("female", "male")) {
                if (sex.has(s)) {
                    bySex.put(s, Numbers.positive(sex.get(s), issues, 1));
                }
            }
            sexCitation = citations.required(sex);
        }
        return new Prior(value, citation, byAge, bySex, sexCitation);
    }

    private Set<String> sites(Node node) {
        Set<String> sites = new LinkedHashSet<>();
        Finding location = findings.get(SITES_FINDING);
        for (Node s : node.elements()) {
            String site = s.text().orElse("");
            if (location != null && !location.options().contains(site)) {
                issues.error(s, "unknown site '" + site + "'", "use one of: " + String.join(", ", location.options()));
            }
            sites.add(site);
        }
        return sites;
    }

    private List<LikelihoodRatioEntry> likelihoodRatios(Node list) {
        List<LikelihoodRatioEntry> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node e : list.elements()) {
            String fid = e.get("finding").text().orElse("");
            Finding f = findings.get(fid);
            if (f == null) {
                issues.error(e.get("finding"), "unknown finding '" + fid + "'", "use a finding id from findings.yaml");
                continue;
            }
            String option = option(e, f);
            if (!seen.add(fid + ":" + option)) {
                issues.error(e, "duplicate likelihood ratio for '" + fid + (option == null ? "" : ":" + option) + "'",
                        "keep one entry per finding and option");
            }
            reported(e).ifPresent(r -> out.add(new LikelihoodRatioEntry(fid, option, r,
                    e.get("group").text().orElse(null), citations.required(e))));
        }
        return out;
    }

    /** The option or band an entry scores; required for choice, multi_choice and number findings. */
    private String option(Node e, Finding f) {
        String field = f.type() == FindingType.NUMBER ? "band" : "option";
        if (f.type() == FindingType.BOOLEAN) {
            if (e.has("option") || e.has("band")) {
                issues.error(e, "boolean finding '" + f.id() + "' has no options", "remove option/band; use lr_pos and lr_neg");
            }
            return null;
        }
        String value = e.get(field).text().orElse("");
        if (!f.outcomeIds().contains(value)) {
            issues.error(e.get(field), (value.isEmpty() ? "missing " + field : "unknown " + field + " '" + value + "'")
                    + " for " + f.type().id() + " finding '" + f.id() + "'", "use one of: " + String.join(", ", f.outcomeIds()));
        }
        return value;
    }

    private Optional<Reported> reported(Node e) {
        if (e.has("lr_pos")) {
            double pos = likelihoodRatio(e.get("lr_pos"));
            Double neg = e.has("lr_neg") ? likelihoodRatio(e.get("lr_neg")) : null;
            return Optional.of(new Reported.Ratios(pos, neg));
        }
        if (e.has("sensitivity") || e.has("specificity")) {
            return Optional.of(new Reported.Accuracy(Numbers.probability(e.get("sensitivity"), issues, 0.5),
                    Numbers.probability(e.get("specificity"), issues, 0.5)));
        }
        if (e.has("frequency")) {
            return Optional.of(new Reported.Frequency(Numbers.probability(e.get("frequency"), issues, 0.5)));
        }
        if (e.has("lr")) {
            return Optional.of(new Reported.OptionRatio(likelihoodRatio(e.get("lr"))));
        }
        issues.error(e, "no evidence given", "give lr_pos (and lr_neg), sensitivity and specificity, frequency, or lr");
        return Optional.empty();
    }

    /** Likelihood ratios are positive; the engine caps them, so extreme values only draw a warning. */
    private double likelihoodRatio(Node node) {
        double lr = Numbers.inRange(node, issues, 1, 0, 1000, "a likelihood ratio greater than 0 and below 1000");
        return lr;
    }

    private TriageFloor triage(Node t) {
        TriageLevel level = Enums.read(t.get("floor"), TriageLevel::fromId, TriageLevel.allowedIds(), issues)
                .orElse(TriageLevel.CONSULTATION);
        double threshold = Numbers.probability(t.get("action_threshold"), issues, 0.5);
        return new TriageFloor(level, threshold, citations.required(t));
    }

    private List<WorkupItem> workup(Node list) {
        List<WorkupItem> out = new ArrayList<>();
        for (Node w : list.elements()) {
            out.add(new WorkupItem(w.get("test").text().orElse(""), w.get("lay").text().orElse(""),
                    w.get("when").text().orElse(""), citations.optional(w)));
        }
        return out;
    }

    private List<Treatment> treatments(Node list) {
        List<Treatment> out = new ArrayList<>();
        for (Node t : list.elements()) {
            Recommendation rec = Enums.read(t.get("recommendation"), Recommendation::fromId, Recommendation.allowedIds(), issues)
                    .orElse(Recommendation.OPTION);
            EvidenceGrade grade = Enums.read(t.get("grade"), EvidenceGrade::fromId, EvidenceGrade.allowedIds(), issues)
                    .orElse(EvidenceGrade.INSUFFICIENT);
            out.add(new Treatment(t.get("name").text().orElse(""), t.get("lay").text().orElse(""), rec, grade,
                    t.get("effect").text().orElse(""), t.get("warning").text().orElse(null), citations.required(t)));
        }
        return out;
    }

    private List<Advice> prevention(Node list) {
        List<Advice> out = new ArrayList<>();
        for (Node p : list.elements()) {
            out.add(new Advice(p.get("advice").text().orElse(""), citations.optional(p)));
        }
        return out;
    }

    private static List<String> texts(Node list) {
        return list.elements().stream().map(n -> n.text().orElse("")).filter(s -> !s.isBlank()).toList();
    }
}
