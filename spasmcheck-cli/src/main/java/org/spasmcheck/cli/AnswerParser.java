package org.spasmcheck.cli;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

/** Turns what a person types into an answer, or says what they may type instead. */
final class AnswerParser {
    static final Set<String> DONT_KNOW = Set.of("?", "dk", "don't know", "dont know", "unknown", "not sure", "d");

    private AnswerParser() {
    }

    /** The answer, or empty when the input is not allowed (then {@link #hint(Finding)} says what is). */
    static Optional<Value> parse(Finding f, String input) {
        String s = input.strip().toLowerCase(Locale.ROOT);
        if (DONT_KNOW.contains(s)) {
            return Optional.of(f.dontKnow());
        }
        return switch (f.type()) {
            case BOOLEAN -> switch (s) {
                case "y", "yes", "1" -> Optional.of(Value.of(true));
                case "n", "no", "2" -> Optional.of(Value.of(false));
                default -> Optional.empty();
            };
            case CHOICE -> option(f.options(), s).map(Value.Choice::new);
            case MULTI_CHOICE -> options(f.options(), s);
            case NUMBER -> number(f, s);
        };
    }

    private static Optional<String> option(List<String> options, String s) {
        if (options.contains(s)) {
            return Optional.of(s);
        }
        try {
            int i = Integer.parseInt(s);
            return i >= 1 && i <= options.size() ? Optional.of(options.get(i - 1)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<Value> options(List<String> options, String s) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String part : s.split("[,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            Optional<String> o = option(options, part);
            if (o.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(o.get());
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(new Value.Choices(chosen));
    }

    private static Optional<Value> number(Finding f, String s) {
        try {
            double d = Double.parseDouble(s);
            boolean inRange = (f.min() == null || d >= f.min()) && (f.max() == null || d <= f.max());
            return inRange ? Optional.of(new Value.Number(d)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** What the person may type for this question. */
    static String hint(Finding f) {
        String known = switch (f.type()) {
            case BOOLEAN -> "y (yes) or n (no)";
            case CHOICE -> "the number of one option";
            case MULTI_CHOICE -> "the numbers of all options that apply, separated by commas";
            case NUMBER -> f.allowedValues();
        };
        return "Type " + known + ", ? if you don't know, or back to change your last answer.";
    }
}
