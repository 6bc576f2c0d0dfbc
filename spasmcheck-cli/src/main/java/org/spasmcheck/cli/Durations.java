package org.spasmcheck.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spasmcheck.server.service.EpisodeInput;

/** How long an episode lasted, as typed on the command line: {@code 90s}, {@code 2m}, {@code 1h30m}. */
final class Durations {
    /** Hours, minutes and seconds, each optional but in this order; digit limits keep the total within a long. */
    private static final Pattern FORMAT = Pattern.compile("(?:(\\d{1,6})h)?(?:(\\d{1,8})m)?(?:(\\d{1,10})s)?");
    private static final long SECONDS_PER_MINUTE = 60;
    private static final long SECONDS_PER_HOUR = 3600;

    /** What {@code --duration} takes, with the range the diary accepts. */
    static final String ALLOWED = "a duration like 90s, 2m or 1h30m, from 1s to "
            + format(Duration.ofSeconds(EpisodeInput.MAX_DURATION_SECONDS));

    private Durations() {
    }

    /** The seconds, or empty when the text is not in the format (the range is the diary's to check). */
    static OptionalLong seconds(String text) {
        Matcher m = FORMAT.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (text.isBlank() || !m.matches()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(part(m, 1) * SECONDS_PER_HOUR + part(m, 2) * SECONDS_PER_MINUTE + part(m, 3));
    }

    /** The duration in the same notation: 1m30s, 24h. */
    static String format(Duration d) {
        long s = d.toSeconds();
        String text = (s >= SECONDS_PER_HOUR ? s / SECONDS_PER_HOUR + "h" : "")
                + (s % SECONDS_PER_HOUR >= SECONDS_PER_MINUTE ? s % SECONDS_PER_HOUR / SECONDS_PER_MINUTE + "m" : "")
                + (s % SECONDS_PER_MINUTE > 0 ? s % SECONDS_PER_MINUTE + "s" : "");
        return text.isEmpty() ? "0s" : text;
    }

    private static long part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Long.parseLong(m.group(group));
    }
}
