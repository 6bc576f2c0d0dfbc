package org.spasmcheck.server.security;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * At most {@code requests} requests per {@code per} from one client address: a token bucket that holds
 * {@code requests} tokens and refills them evenly over {@code per} (one every {@code per / requests}).
 */
public record RateLimit(long requests, Duration per) {
    /** What {@link #parse} reads: "30/10m", "120/1m", "5/30s", "1000/1h". */
    public static final String FORMAT = "REQUESTS/PERIOD with the period in s, m or h (for example 30/10m)";
    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})/(\\d{1,6})([smh])");

    public RateLimit {
        if (requests < 1) {
            throw new IllegalArgumentException("a rate limit allows at least 1 request, not " + requests);
        }
        if (per == null || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit's period must be positive, not " + per);
        }
    }

    public static RateLimit parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) < 1 || Long.parseLong(m.group(2)) < 1) {
            throw new IllegalArgumentException("not a rate limit: '" + text + "'; allowed: " + FORMAT);
        }
        long amount = Long.parseLong(m.group(2));
        Duration per = switch (m.group(3)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        return new RateLimit(Long.parseLong(m.group(1)), per);
    }

    @Override
    public String toString() {
        long seconds = per.toSeconds();
        return requests + "/" + (seconds % 3600 == 0 ? seconds / 3600 + "h" : seconds % 60 == 0 ? seconds / 60 + "m" : seconds + "s");
    }
}
