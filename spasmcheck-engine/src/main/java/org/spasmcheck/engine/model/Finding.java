package org.spasmcheck.engine.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spasmcheck.engine.expression.Expression;

/**
 * A question of the interview and how it is scored.
 *
 * @param background P(answer) among adults presenting with cramps or spasms: key "yes" for boolean findings,
 *                   the option or band id otherwise (multi_choice: each option's own share)
 * @param optionCovers a broad option and the narrower options it includes (e.g. whole_leg covers calf)
 * @param optionLabels   plain words for options (an option without a label is shown as its id in words)
 * @param dontKnowOption the option that "don't know" stands for, where the question lists one (tetanus
 *                       vaccination: "fewer than 3 doses or don't know"); null otherwise
 */
public record Finding(
        String id,
        String question,
        FindingType type,
        FindingKind kind,
        Audience askedOf,
        String why,
        List<String> options,
        Map<String, List<String>> optionCovers,
        String unit,
        Double min,
        Double max,
        List<Band> bands,
        Map<String, Double> background,
        Citation backgroundCitation,
        Expression askIf,
        Map<String, String> optionLabels,
        String dontKnowOption) {

    public static final String YES = "yes";
    public static final String NO = "no";

    public Finding {
        options = List.copyOf(options);
        optionCovers = Map.copyOf(optionCovers);
        bands = List.copyOf(bands);
        background = Map.copyOf(background);
        optionLabels = Map.copyOf(optionLabels);
    }

    /** The plain words for an option: its label, or its id with spaces ("lower_back" as "Lower back"). */
    public String optionLabel(String option) {
        String label = optionLabels.get(option);
        if (label != null) {
            return label;
        }
        String words = option.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** What a "don't know" answer records: the question's own don't-know option, or unknown. */
    public Value dontKnow() {
        return dontKnowOption == null ? Value.UNKNOWN : new Value.Choice(dontKnowOption);
    }

    /** The band a number falls in. */
    public Optional<Band> bandOf(double value) {
        return bands.stream().filter(b -> b.contains(value)).findFirst();
    }

    /** The options whose presence an answer listing {@code listed} leaves open: those a listed broad option covers. */
    public boolean isCoveredBy(String option, Set<String> listed) {
        // A loop, not a stream: rules, gates and the differential ask this for every multi_choice answer.
        for (String l : listed) {
            if (optionCovers.getOrDefault(l, List.of()).contains(option)) {
                return true;
            }
        }
        return false;
    }

    /** The ids of the answer outcomes this finding is scored by (option ids, band ids, or yes). */
    public List<String> outcomeIds() {
        return switch (type) {
            case BOOLEAN -> List.of(YES);
            case CHOICE, MULTI_CHOICE -> options;
            case NUMBER -> bands.stream().map(Band::id).toList();
        };
    }

    /** Allowed values for error messages. */
    public String allowedValues() {
        return switch (type) {
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of: " + String.join(", ", options);
            case MULTI_CHOICE -> "a list of: " + String.join(", ", options);
            case NUMBER -> "a number from " + fmt(min) + " to " + fmt(max) + (unit == null ? "" : " (" + unit + ")");
        };
    }

    private static String fmt(Double d) {
        if (d == null) {
            return "?";
        }
        return d == Math.rint(d) ? Long.toString(d.longValue()) : d.toString();
    }
}
