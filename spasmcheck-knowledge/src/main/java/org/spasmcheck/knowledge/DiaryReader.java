package org.spasmcheck.knowledge;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spasmcheck.engine.diary.DiaryCondition;
import org.spasmcheck.engine.diary.DiaryEscalationRule;
import org.spasmcheck.engine.diary.DiaryMeasure;
import org.spasmcheck.engine.diary.DiaryRules;
import org.spasmcheck.engine.diary.Trigger;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.TriageLevel;

/** Reads diary.yaml: the windows of the diary analysis and its escalation rules, each threshold cited. */
final class DiaryReader {
    /** The finding whose options name the muscle groups of diary episodes. */
    static final String SITES_FINDING = "cramp_location";
    private static final int MAX_WEEKS = 52;

    private final Issues issues;
    private final Citations citations;
    private final Map<String, Finding> findings;

    DiaryReader(Issues issues, Citations citations, Map<String, Finding> findings) {
        this.issues = issues;
        this.citations = citations;
        this.findings = findings;
    }

    DiaryRules read(Node root) {
        int window = (int) Numbers.inRange(root.get("window_weeks"), issues, 4, 0, MAX_WEEKS, "a whole number of weeks from 1 to 51");
        int trend = (int) Numbers.inRange(root.get("trend_weeks"), issues, 8, 0, MAX_WEEKS + 1, "a whole number of weeks from 2 to 52");
        if (trend <= window) {
            issues.error(root.get("trend_weeks"), "trend_weeks (" + trend + ") must be longer than window_weeks (" + window + ")",
                    "make the trend window longer than the recent window");
            trend = window + 1;
        }
        int minEpisodes = (int) Numbers.inRange(root.get("min_episodes_for_shares"), issues, 3, 0, 1000, "a whole number from 1 to 999");
        double mostly = Numbers.probability(root.get("mostly_share"), issues, 0.5);
        return new DiaryRules(window, trend, minEpisodes, mostly, citations.required(root), escalations(root.get("escalations")));
    }

    private List<DiaryEscalationRule> escalations(Node list) {
        List<DiaryEscalationRule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node r : list.elements()) {
            String id = r.get("id").text().orElse("");
            if (id.isEmpty() || !ids.add(id)) {
                issues.error(r.get("id"), id.isEmpty() ? "missing id" : "duplicate escalation id '" + id + "'",
                        "give each escalation its own id");
            }
            TriageLevel level = Enums.read(r.get("level"), TriageLevel::fromId, TriageLevel.allowedIds(), issues)
                    .orElse(TriageLevel.CONSULTATION);
            List<DiaryCondition> when = new ArrayList<>();
            r.get("when").elements().forEach(c -> when.add(condition(c)));
            if (when.isEmpty()) {
                issues.error(r.get("when"), "an escalation needs at least one condition under 'when'",
                        "add e.g. - {measure: episodes_per_week, at_least: 7}");
            }
            rules.add(new DiaryEscalationRule(id, level, when, text(r, "reason"), text(r, "advice"), citations.required(r)));
        }
        return rules;
    }

    private DiaryCondition condition(Node c) {
        DiaryMeasure measure = Enums.read(c.get("measure"), DiaryMeasure::fromId, DiaryMeasure.allowedIds(), issues)
                .orElse(DiaryMeasure.EPISODES_PER_WEEK);
        double atLeast = Numbers.positive(c.get("at_least"), issues, 1);
        boolean filtered = c.has("sites") || c.has("triggers") || c.has("longer_than_minutes");
        if (filtered && measure != DiaryMeasure.EPISODES) {
            issues.error(c, "sites, triggers and longer_than_minutes only filter the measure 'episodes'",
                    "use measure: episodes, or remove the filters");
        }
        Duration longer = c.has("longer_than_minutes")
                ? Duration.ofSeconds(Math.round(60 * Numbers.positive(c.get("longer_than_minutes"), issues, 10)))
                : null;
        return new DiaryCondition(measure, atLeast, sites(c.get("sites")), triggers(c.get("triggers")), longer);
    }

    private Set<String> sites(Node list) {
        Set<String> out = new LinkedHashSet<>();
        List<String> options = findings.containsKey(SITES_FINDING) ? findings.get(SITES_FINDING).options() : List.of();
        for (Node s : list.elements()) {
            String site = s.text().orElse("");
            if (!options.contains(site)) {
                issues.error(s, "unknown site '" + site + "'", "use an option of " + SITES_FINDING + ": " + String.join(", ", options));
            }
            out.add(site);
        }
        return out;
    }

    private Set<Trigger> triggers(Node list) {
        Set<Trigger> out = new LinkedHashSet<>();
        for (Node t : list.elements()) {
            Enums.read(t, Trigger::fromId, Trigger.allowedIds(), issues).ifPresent(out::add);
        }
        return out;
    }

    private String text(Node r, String field) {
        return r.get(field).text().filter(s -> !s.isBlank()).orElseGet(() -> {
            issues.error(r.get(field), "missing " + field, "add the escalation's " + field);
            return "";
        });
    }
}
