package org.spasmcheck.server.web;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;

/**
 * Reads the answer of a question form into a {@link Value}, or says in plain words what is allowed. Nothing is
 * guessed or repaired: an answer that does not fit the question is sent back to the person.
 *
 * <p>Form fields: {@code answer} (radio, checkboxes or the number typed) and {@code dont_know} (the number question's
 * "I don't know" tick box). Radios and checkboxes carry {@value #DONT_KNOW} for "Don't know".
 */
final class AnswerForm {
    static final String ANSWER = "answer";
    static final String DONT_KNOW_FIELD = "dont_know";
    static final String DONT_KNOW = "dont_know";
    static final String YES = "yes";
    static final String NO = "no";
    /** A plain decimal number: digits, optionally a dot and more digits (what a number input submits). */
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,9}(\\.\\d{1,6})?");

    private AnswerForm() {
    }

    /** The answer, or the message to show next to the question. */
    sealed interface Result {
    }

    record Answer(Value value) implements Result {
    }

    record Invalid(String message) implements Result {
    }

    static Result read(Finding f, Map<String, List<String>> form) {
        List<String> answers = form.getOrDefault(ANSWER, List.of()).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        boolean dontKnow = answers.contains(DONT_KNOW) || form.getOrDefault(DONT_KNOW_FIELD, List.of()).contains("1");
        return switch (f.type()) {
            case BOOLEAN -> single(f, answers, "Please choose Yes, No or Don't know.");
            case CHOICE -> single(f, answers, "Please choose one answer: " + choices(f) + ".");
            case MULTI_CHOICE -> several(f, answers);
            case NUMBER -> number(f, answers, dontKnow);
        };
    }

    private static Result single(Finding f, List<String> answers, String allowed) {
        if (answers.size() != 1) {
            return new Invalid(allowed);
        }
        String a = answers.get(0);
        if (a.equals(DONT_KNOW)) {
            return new Answer(f.dontKnow());
        }
        return switch (f.type()) {
            case BOOLEAN -> a.equals(YES) ? new Answer(Value.of(true))
                    : a.equals(NO) ? new Answer(Value.of(false)) : new Invalid(allowed);
            case CHOICE -> f.options().contains(a) ? new Answer(new Value.Choice(a)) : new Invalid(allowed);
            default -> throw new IllegalArgumentException("not a single-answer question: " + f.id());
        };
    }

    private static Result several(Finding f, List<String> answers) {
        String allowed = "Please tick every answer that fits (" + choices(f) + "), or tick Don't know.";
        if (answers.isEmpty()) {
            return new Invalid(allowed);
        }
        if (answers.contains(DONT_KNOW)) {
            return answers.size() == 1 ? new Answer(f.dontKnow())
                    : new Invalid("You ticked Don't know and other answers. Please tick the answers that fit, or only Don't know.");
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String a : answers) {
            if (!f.options().contains(a)) {
                return new Invalid(allowed);
            }
            chosen.add(a);
        }
        return new Answer(new Value.Choices(chosen));
    }

    private static Result number(Finding f, List<String> answers, boolean dontKnow) {
        String range = "Please type a number from " + PlainWords.number(f.min()) + " to " + PlainWords.number(f.max())
                + (f.unit() == null ? "" : " (" + f.unit() + ")") + ", or tick I don't know.";
        if (dontKnow) {
            return answers.isEmpty() || answers.equals(List.of(DONT_KNOW)) ? new Answer(f.dontKnow())
                    : new Invalid("You typed a number and ticked I don't know. Please do only one of them.");
        }
        if (answers.size() != 1) {
            return new Invalid(range);
        }
        String typed = answers.get(0);
        if (!NUMBER.matcher(typed).matches()) {
            return new Invalid("\"" + shorten(typed) + "\" is not a number. " + range);
        }
        double d = Double.parseDouble(typed);
        if (f.min() != null && d < f.min() || f.max() != null && d > f.max()) {
            return new Invalid(typed + " is outside the range. " + range);
        }
        return new Answer(new Value.Number(d));
    }

    /** The form values that show an earlier answer selected again (the inverse of {@link #read}). */
    static List<String> formValues(Finding f, Value v) {
        if (v instanceof Value.Bool b) {
            return List.of(b.value() ? YES : NO);
        }
        if (v instanceof Value.Choice c) {
            return List.of(c.option());
        }
        if (v instanceof Value.Choices cs) {
            return f.options().stream().filter(cs.options()::contains).toList();
        }
        if (v instanceof Value.Number n) {
            return List.of(n.display());
        }
        return List.of(DONT_KNOW);
    }

    private static String choices(Finding f) {
        return String.join(", ", f.options().stream().map(o -> PlainWords.option(f, o)).toList());
    }

    /** What the person typed, cut short so that a pasted essay does not fill the page. */
    private static String shorten(String typed) {
        int max = 20;
        return typed.length() <= max ? typed : typed.substring(0, max) + "...";
    }
}
