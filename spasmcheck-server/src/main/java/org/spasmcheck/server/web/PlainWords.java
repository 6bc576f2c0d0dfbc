package org.spasmcheck.server.web;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.spasmcheck.engine.differential.Contribution;
import org.spasmcheck.engine.differential.MatchType;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.TriageLevel;
import org.spasmcheck.engine.model.Value;

/**
 * The words the web pages show for ids of the knowledge base: answer options, triage levels, percentages and the
 * findings behind a cause. Presentation only; the meaning stays in the knowledge base.
 */
public final class PlainWords {
    /** A list of the options in brackets at the end of a question, e.g. "(seconds / under 10 min / hours)". */
    private static final Pattern OPTION_LIST = Pattern.compile("\\s*\\([^()]*/[^()]*\\)\\s*(\\?)?\\s*$");
    private static final Pattern DECIMAL_ID = Pattern.compile("(\\d)_(\\d)");
    /** Below this a share is shown as "less than 1%", never as 0%: a cause that is still possible is not ruled out. */
    private static final double ONE_PERCENT = 0.01;

    private PlainWords() {
    }

    /** The label of an answer option. */
    public static String option(Finding f, String option) {
        return f.optionLabel(option);
    }

    /** The question as the page shows it: without a bracketed list of the options the page shows as choices. */
    public static String question(Finding f) {
        if (f.type() == org.spasmcheck.engine.model.FindingType.CHOICE) {
            return OPTION_LIST.matcher(f.question()).replaceFirst(m -> m.group(1) == null ? "" : "?");
        }
        return f.question();
    }

    /** A share of the differential as a whole percentage, or "less than 1%". */
    public static String percent(double p) {
        if (p > 0 && p < ONE_PERCENT) {
            return "less than 1%";
        }
        return Math.round(p * 100) + "%";
    }

    /** The width of a probability bar in whole per cent (at least 1 so a possible cause stays visible). */
    public static int barWidth(double p) {
        return (int) Math.max(1, Math.min(100, Math.round(p * 100)));
    }

    /** A likelihood ratio as people read it: two decimals below 10, one above. */
    public static String ratio(double lr) {
        return lr >= 10 ? String.format(Locale.ROOT, "%.1f", lr) : String.format(Locale.ROOT, "%.2f", lr);
    }

    public static String number(Double d) {
        if (d == null) {
            return "any";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }

    /** The short heading of a triage level, in words (the banner never relies on its colour). */
    public static String triageTitle(TriageLevel level) {
        return switch (level) {
            case EMERGENCY_AMBULANCE -> "Emergency: call an ambulance now";
            case EMERGENCY -> "Emergency: go to an emergency department now";
            case CONSULTATION_24 -> "Urgent: see a doctor within 24 hours";
            case CONSULTATION -> "See a doctor: book an appointment";
            case SELF_CARE -> "Self-care: you can look after this at home";
        };
    }

    /** "Level 2 of 5" style words: how urgent, with 5 the most urgent. */
    public static String urgencyWords(TriageLevel level) {
        return "Urgency " + (level.urgency() + 1) + " of " + TriageLevel.values().length
                + (level == TriageLevel.SELF_CARE ? " (lowest)" : level == TriageLevel.EMERGENCY_AMBULANCE ? " (highest)" : "");
    }

    /** CSS class of the triage banner. */
    public static String triageClass(TriageLevel level) {
        return "triage triage-" + level.id().replace('_', '-');
    }

    /** The question behind a cause's finding, e.g. "Where do the cramps or spasms happen?". */
    public static String contributionQuestion(KnowledgeBase kb, Contribution c) {
        Finding f = kb.finding(c.findingId()).orElse(null);
        return f == null ? idToWords(c.findingId()) : stripChooseAll(question(f));
    }

    /** The answer that weighed, e.g. "Calf (back of the lower leg) (yes)". */
    public static String contributionAnswer(KnowledgeBase kb, Contribution c) {
        return answer(kb.finding(c.findingId()).orElse(null), c);
    }

    /** What a contribution's weight means, in a few words. */
    public static String matchWords(MatchType m) {
        return switch (m) {
            case PRESENT, ABSENT, OPTION -> "";
            case OTHER_OPTION -> "an answer this cause does not usually give";
            case UNEXPLAINED -> "this cause does not usually explain it";
            case UNEXPLAINED_ABSENT -> "this cause does not usually cause it";
            case SITE_MISMATCH -> "this cause does not usually affect that part of the body";
        };
    }

    private static String answer(Finding f, Contribution c) {
        String a = c.answer();
        if (f == null) {
            return idToWords(a);
        }
        return switch (f.type()) {
            case BOOLEAN -> capitalise(a);
            case MULTI_CHOICE -> c.option() == null ? a
                    : option(f, c.option()) + (a.endsWith(": yes") ? " (yes)" : " (no)");
            case CHOICE -> option(f, a);
            case NUMBER -> idToWords(a) + (f.unit() == null ? "" : " " + f.unit());
        };
    }

    /** A whole answer in words: "Yes", "Calf (back of the lower leg), Foot", "3.5 episodes per week", "Don't know". */
    public static String value(Finding f, Value v) {
        if (v instanceof Value.Bool b) {
            return b.value() ? "Yes" : "No";
        }
        if (v instanceof Value.Choice c) {
            return option(f, c.option());
        }
        if (v instanceof Value.Choices cs) {
            return String.join(", ", f.options().stream().filter(cs.options()::contains).map(o -> option(f, o)).toList());
        }
        if (v instanceof Value.Number n) {
            return n.display() + (f.unit() == null ? "" : " " + f.unit());
        }
        return "Don't know";
    }

    /** The question without "(choose all that apply)", for lists of answers. */
    public static String shortQuestion(Finding f) {
        return stripChooseAll(question(f));
    }

    private static String stripChooseAll(String question) {
        return question.replace(" (choose all that apply)", "");
    }

    /** {@code 37_5_to_38_9} as "37.5 to 38.9", {@code 70_plus} as "70 plus". */
    static String idToWords(String id) {
        return DECIMAL_ID.matcher(id).replaceAll("$1.$2").replace('_', ' ');
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
