package org.spasmcheck.report;

import java.util.Comparator;
import java.util.List;
import org.spasmcheck.engine.model.RedFlagRule;
import org.spasmcheck.engine.triage.ConditionFloor;
import org.spasmcheck.engine.triage.TriageDecision;

/** The triage level and why: each fired red-flag rule with its reason and sources, and the condition floors. */
final class TriageBlock {
    static final String HEADING = "Triage";
    static final String NONE_FIRED = "No red-flag rule fired.";

    private TriageBlock() {
    }

    static void write(PageCursor out, ClinicianReport report, Limits limits) {
        TriageDecision t = report.assessment().triage();
        out.heading(HEADING);
        out.band("Level " + t.level().id() + ": " + t.level().advice(), Palette.of(t.level()));
        out.gap(3);
        rules(out, t, limits);
        floors(out, t);
        out.paragraph(TextStyle.TABLE_MUTED, "Default level for the presentation: " + t.defaultLevel().id() + ".", 0);
    }

    /** Most urgent first; rules past the limit are still named, with their sources, so none goes unreported. */
    private static void rules(PageCursor out, TriageDecision t, Limits limits) {
        if (t.firedRules().isEmpty()) {
            out.paragraph(TextStyle.BODY, NONE_FIRED, 0);
            return;
        }
        List<RedFlagRule> rules = t.firedRules().stream()
                .sorted(Comparator.comparingInt((RedFlagRule r) -> r.level().urgency()).reversed()).toList();
        out.subheading("Fired rules (" + rules.size() + ")");
        for (RedFlagRule r : Formats.first(rules, limits.rulesWithReason())) {
            out.paragraph(TextStyle.TABLE_BOLD, r.id() + " \u2192 " + r.level().id()
                    + (r.redFlag() ? " (red flag)" : " (escalation)"), 0);
            out.paragraph(TextStyle.TABLE, r.reason().strip() + " [" + Formats.sources(r.citation()) + "]", 10);
        }
        List<RedFlagRule> rest = rules.subList(Math.min(rules.size(), limits.rulesWithReason()), rules.size());
        if (!rest.isEmpty()) {
            out.paragraph(TextStyle.TABLE, Formats.more(rest.size()) + ": " + String.join("; ", rest.stream()
                    .map(r -> r.id() + " \u2192 " + r.level().id() + " [" + Formats.sources(r.citation()) + "]")
                    .toList()), 0);
        }
    }

    private static void floors(PageCursor out, TriageDecision t) {
        if (t.floors().isEmpty()) {
            return;
        }
        out.subheading("Condition floors");
        for (ConditionFloor f : t.floors()) {
            out.paragraph(TextStyle.TABLE, f.condition().id() + " at " + Formats.percent(f.probability())
                    + " (action threshold " + Formats.percent(f.threshold()) + ") \u2192 "
                    + f.condition().triage().level().id() + " [" + Formats.sources(f.condition().triage().citation())
                    + "]", 0);
        }
    }
}
