package org.spasmcheck.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spasmcheck.engine.expression.Expression;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Band;
import org.spasmcheck.engine.model.Citation;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.FindingKind;
import org.spasmcheck.engine.model.FindingType;

/** Reads findings.yaml. */
final class FindingReader {
    /** Shares of one population must add up to 1; this much rounding is accepted. */
    static final double SUM_TOLERANCE = 0.011;

    private final Issues issues;
    private final Citations citations;

    FindingReader(Issues issues, Citations citations) {
        this.issues = issues;
        this.citations = citations;
    }

    Map<String, Finding> read(Node root) {
        Map<String, Finding> out = new LinkedHashMap<>();
        for (Node f : root.get("findings").elements()) {
            String id = f.get("id").text().orElse("");
            if (id.isEmpty()) {
                issues.error(f, "a finding needs an 'id'", "add the vocabulary id");
                continue;
            }
            if (out.containsKey(id)) {
                issues.error(f.get("id"), "duplicate finding '" + id + "'", "remove one of the two entries");
                continue;
            }
            out.put(id, finding(f, id, Expression.ALWAYS));
        }
        return out;
    }

    /** ask_if gates read other findings, so they are read once all findings are known. */
    void readGates(Node root, Map<String, Finding> findings, ExpressionReader expressions) {
        for (Node f : root.get("findings").elements()) {
            String id = f.get("id").text().orElse("");
            Finding current = findings.get(id);
            if (current != null && f.has("ask_if")) {
                findings.put(id, finding(f, id, expressions.read(f.get("ask_if"))));
            }
        }
    }

    private Finding finding(Node f, String id, Expression askIf) {
        FindingType type = Enums.read(f.get("type"), FindingType::fromId, "boolean, choice, multi_choice, number", issues)
                .orElse(FindingType.BOOLEAN);
        FindingKind kind = Enums.read(f.get("kind"), FindingKind::fromId, "symptom, sign, context", issues)
                .orElse(FindingKind.CONTEXT);
        Audience askedOf = f.get("asked_of").text().orElse("patient").equals("clinician") ? Audience.CLINICIAN : Audience.PATIENT;
        List<String> options = f.get("options").elements().stream().map(o -> o.text().orElse("")).toList();
        Map<String, List<String>> covers = new HashMap<>();
        f.get("option_covers").fields().forEach(e -> covers.put(e.getKey(),
                e.getValue().elements().stream().map(o -> o.text().orElse("")).toList()));
        List<Band> bands = type == FindingType.NUMBER ? bands(f.get("bands")) : List.of();
        Double min = null;
        Double max = null;
        if (type == FindingType.NUMBER) {
            List<Node> range = f.get("range").elements();
            if (range.size() != 2) {
                issues.error(f.get("range"), "a number finding needs range: [min, max]", "e.g. range: [0, 120]");
            } else {
                min = range.get(0).json().asDouble();
                max = range.get(1).json().asDouble();
            }
        }
        if ((type == FindingType.CHOICE || type == FindingType.MULTI_CHOICE) && options.isEmpty()) {
            issues.error(f.get("options"), "a " + type.id() + " finding needs options", "list the vocabulary's options");
        }
        if (f.get("why").text().filter(t -> !t.isBlank()).isEmpty()) {
            issues.error(f.get("why"), "finding '" + id + "' does not say why it is asked",
                    "add why: one plain line on what the answer tells us");
        }
        Map<String, Double> background = background(f, type, options, bands);
        Map<String, String> labels = new HashMap<>();
        f.get("option_labels").fields().forEach(e -> {
            if (!options.contains(e.getKey())) {
                issues.error(e.getValue(), "'" + e.getKey() + "' is not an option of this finding",
                        "use one of: " + String.join(", ", options));
            }
            labels.put(e.getKey(), e.getValue().text().orElse(e.getKey()));
        });
        String dontKnow = f.get("dont_know_option").text().orElse(null);
        if (dontKnow != null && !options.contains(dontKnow)) {
            issues.error(f.get("dont_know_option"), "'" + dontKnow + "' is not an option of this finding",
                    "use one of: " + String.join(", ", options));
        }
        Citation citation = citations.required(f);
        return new Finding(id, f.get("question").text().orElse(id), type, kind, askedOf, f.get("why").text().orElse(""),
                options, covers, f.get("unit").text().orElse(null), min, max, bands, background, citation, askIf, labels, dontKnow);
    }

    private List<Band> bands(Node node) {
        List<Band> bands = new ArrayList<>();
        for (Node b : node.elements()) {
            Double from = b.has("from") ? b.get("from").json().asDouble() : null;
            Double below = b.has("below") ? b.get("below").json().asDouble() : null;
            bands.add(new Band(b.get("id").text().orElse(""), from, below));
        }
        if (bands.isEmpty()) {
            issues.error(node, "a number finding needs bands", "add bands: [{id: ..., below: ...}, {id: ..., from: ...}]");
            return bands;
        }
        boolean contiguous = bands.get(0).from() == null && bands.get(bands.size() - 1).below() == null;
        for (int i = 1; i < bands.size(); i++) {
            contiguous &= bands.get(i).from() != null && bands.get(i).from().equals(bands.get(i - 1).below());
        }
        if (!contiguous) {
            issues.error(node, "bands must cover every value without gaps or overlaps",
                    "start with a band without 'from', give each next band 'from' equal to the previous 'below', "
                            + "end with a band without 'below'");
        }
        return bands;
    }

    private Map<String, Double> background(Node f, FindingType type, List<String> options, List<Band> bands) {
        Node bg = f.get("background");
        Map<String, Double> out = new HashMap<>();
        if (type == FindingType.BOOLEAN) {
            out.put(Finding.YES, Numbers.probability(bg, issues, 0.5));
            return out;
        }
        List<String> ids = type == FindingType.NUMBER ? bands.stream().map(Band::id).toList() : options;
        for (String id : ids) {
            Node v = bg.get(id);
            if (v.isMissing()) {
                issues.error(bg, "no background share for '" + id + "'", "add " + id + ": <share> under background");
            } else {
                out.put(id, Numbers.inRange(v, issues, 0.1, -Double.MIN_VALUE, 1, "a share from 0 to 1"));
            }
        }
        bg.fields().stream().map(Map.Entry::getKey).filter(k -> !ids.contains(k)).forEach(k ->
                issues.error(bg.get(k), "'" + k + "' is not an option or band of this finding",
                        "use one of: " + String.join(", ", ids)));
        double sum = out.values().stream().mapToDouble(Double::doubleValue).sum();
        if (type != FindingType.MULTI_CHOICE && out.size() == ids.size() && Math.abs(sum - 1) > SUM_TOLERANCE) {
            issues.error(bg, String.format(java.util.Locale.ROOT, "background shares sum to %.3f, not 1", sum),
                    "the shares of a choice or number finding are one population's answers: make them sum to 1");
        }
        return out;
    }
}
