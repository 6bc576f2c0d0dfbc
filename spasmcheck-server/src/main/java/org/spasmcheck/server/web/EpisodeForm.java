package org.spasmcheck.server.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.spasmcheck.server.service.EpisodeDraft;

/**
 * Reads the "add a cramp" form into an {@link EpisodeDraft}; the service checks it. A number that is not a number is
 * passed on as missing with its own message, so the person sees one clear line per field.
 */
final class EpisodeForm {
    static final String START = "start";
    static final String DURATION = "duration";
    static final String DURATION_UNIT = "duration_unit";
    static final String MUSCLE_GROUP = "muscle_group";
    static final String SIDE = "side";
    static final String INTENSITY = "intensity";
    static final String TRIGGER = "trigger";
    static final String HELPED = "helped";
    static final String NOTE = "note";
    static final String SECONDS = "seconds";
    static final String MINUTES = "minutes";
    private static final int SECONDS_PER_MINUTE = 60;
    private static final Pattern WHOLE = Pattern.compile("\\d{1,7}");

    private EpisodeForm() {
    }

    static EpisodeDraft read(Map<String, List<String>> form) {
        Long amount = whole(first(form, DURATION));
        boolean minutes = MINUTES.equals(first(form, DURATION_UNIT));
        Long seconds = amount == null ? null : minutes ? amount * SECONDS_PER_MINUTE : amount;
        Long intensity = whole(first(form, INTENSITY));
        return new EpisodeDraft(first(form, START), seconds, blankToNull(first(form, MUSCLE_GROUP)),
                blankToNull(first(form, SIDE)), intensity == null ? null : intensity.intValue(),
                blankToNull(first(form, TRIGGER)), first(form, HELPED), first(form, NOTE));
    }

    static String first(Map<String, List<String>> form, String field) {
        List<String> values = form.get(field);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static Long whole(String text) {
        return text == null || !WHOLE.matcher(text.strip()).matches() ? null : Long.valueOf(text.strip());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
