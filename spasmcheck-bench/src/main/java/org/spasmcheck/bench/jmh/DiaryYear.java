package org.spasmcheck.bench.jmh;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;

/**
 * A year of diary episodes for the diary and report benchmarks, from a seeded {@link Random} so that every run sees
 * the same diary. About three episodes a week on average, rising from two to four a week over the year so that the
 * trend and the escalation rules have something to measure; mostly night cramps in the calf, as in the people who
 * keep such diaries.
 */
public final class DiaryYear {
    public static final int DAYS = 365;
    /** The seed and last day of the diary the benchmarks use. */
    public static final long SEED = 20261130L;
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);
    private static final double DAYS_PER_WEEK = 7;
    private static final double FIRST_RATE_PER_WEEK = 2;
    private static final double LAST_RATE_PER_WEEK = 4;
    private static final double NIGHT_SHARE = 0.7;
    /** cramp_location options, calf most often. */
    private static final List<String> SITES = List.of("calf", "calf", "calf", "calf", "calf", "calf", "foot", "foot",
            "back_thigh", "shin");
    private static final List<Trigger> DAYTIME_TRIGGERS = List.of(Trigger.EXERCISE, Trigger.HEAT, Trigger.WALKING,
            Trigger.STANDING, Trigger.OTHER);
    private static final List<Side> LEG_SIDES = List.of(Side.LEFT, Side.RIGHT, Side.BOTH);
    private static final int MIN_SECONDS = 30;
    private static final int MAX_EXTRA_SECONDS = 600;
    private static final int MIN_INTENSITY = 3;
    private static final int INTENSITY_SPREAD = 6;
    private static final int NOTE_ONE_IN = 5;

    private DiaryYear() {
    }

    /** The episodes of the {@value #DAYS} days ending with {@code asOf}, oldest first. */
    public static List<Episode> generate(long seed, LocalDate asOf) {
        Random random = new Random(seed);
        LocalDate firstDay = asOf.minusDays(DAYS - 1L);
        List<Episode> episodes = new ArrayList<>();
        for (int day = 0; day < DAYS; day++) {
            double ratePerWeek = FIRST_RATE_PER_WEEK + (LAST_RATE_PER_WEEK - FIRST_RATE_PER_WEEK) * day / (DAYS - 1);
            if (random.nextDouble() < ratePerWeek / DAYS_PER_WEEK) {
                episodes.add(episode(random, "e" + episodes.size(), firstDay.plusDays(day)));
            }
        }
        return episodes;
    }

    private static Episode episode(Random random, String id, LocalDate day) {
        boolean night = random.nextDouble() < NIGHT_SHARE;
        Trigger trigger = night ? Trigger.NIGHT_REST : DAYTIME_TRIGGERS.get(random.nextInt(DAYTIME_TRIGGERS.size()));
        LocalTime time = night ? LocalTime.of(random.nextInt(6), random.nextInt(60))
                : LocalTime.of(8 + random.nextInt(14), random.nextInt(60));
        Duration duration = Duration.ofSeconds(MIN_SECONDS + random.nextInt(MAX_EXTRA_SECONDS));
        String site = SITES.get(random.nextInt(SITES.size()));
        Side side = LEG_SIDES.get(random.nextInt(LEG_SIDES.size()));
        int intensity = MIN_INTENSITY + random.nextInt(INTENSITY_SPREAD);
        String helped = random.nextBoolean() ? "stretching and walking it off" : "";
        String note = random.nextInt(NOTE_ONE_IN) == 0 ? "woke me up; hard to get back to sleep" : "";
        return new Episode(id, day.atTime(time), duration, site, side, intensity, trigger, helped, note);
    }
}
