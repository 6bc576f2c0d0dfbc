package org.spasmcheck.knowledge.diary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.knowledge.diary.Diaries.AS_OF;
import static org.spasmcheck.knowledge.diary.Diaries.diary;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.diary.DiaryAnalyzer;
import org.spasmcheck.engine.diary.DiaryAnswer;
import org.spasmcheck.engine.diary.DiaryCondition;
import org.spasmcheck.engine.diary.DiaryEscalationRule;
import org.spasmcheck.engine.diary.DiaryMeasure;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.DiaryRules;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.engine.diary.Side;
import org.spasmcheck.engine.diary.Trigger;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;

/**
 * The diary analysis on the shipped knowledge base. Thresholds are read from diary.yaml, never copied, so each
 * boundary test stays at the boundary when a threshold is changed there.
 */
class DiaryAnalyzerTest {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final DiaryRules RULES = KB.diary();
    static final DiaryAnalyzer ANALYZER = new DiaryAnalyzer(KB);
    static final int WINDOW_DAYS = RULES.windowWeeks() * 7;
    static final int TREND_DAYS = RULES.trendWeeks() * 7;

    static DiaryPatterns analyze(Diaries d) {
        return ANALYZER.analyze(d.episodes(), AS_OF);
    }

    static DiaryEscalationRule ruleWith(DiaryMeasure measure, boolean filtered) {
        return RULES.escalations().stream().filter(r -> r.when().stream().anyMatch(c -> c.measure() == measure
                && (filtered == (!c.sites().isEmpty() || !c.triggers().isEmpty() || c.longerThan() != null))))
                .findFirst().orElseThrow();
    }

    static DiaryCondition condition(DiaryEscalationRule rule, DiaryMeasure measure) {
        return rule.when().stream().filter(c -> c.measure() == measure).findFirst().orElseThrow();
    }

    static boolean fired(DiaryPatterns p, DiaryEscalationRule rule) {
        return p.escalations().stream().anyMatch(e -> e.rule().id().equals(rule.id()));
    }

    static Optional<Value> answer(DiaryPatterns p, String findingId) {
        return p.answers().stream().filter(a -> a.findingId().equals(findingId)).map(DiaryAnswer::value).findFirst();
    }

    @Nested
    class Windows {
        @Test
        void emptyDiary_givesNoAnswersAndNoEscalations() {
            DiaryPatterns p = analyze(diary());
            assertThat(p.totalEpisodes()).isZero();
            assertThat(p.answers()).isEmpty();
            assertThat(p.escalations()).isEmpty();
            assertThat(p.weeks()).allSatisfy(w -> assertThat(w.observed()).isFalse());
        }

        @Test
        void episodeOnFirstDayOfRecentWindow_countsAsRecent_andTheDayBefore_doesNot() {
            assertThat(analyze(diary().nightCalf(1, WINDOW_DAYS - 1)).recentEpisodes()).isEqualTo(1);
            assertThat(analyze(diary().nightCalf(1, WINDOW_DAYS)).recentEpisodes()).isZero();
        }

        @Test
        void episodesAfterToday_areNotLookedAt() {
            DiaryPatterns p = analyze(diary().nightCalf(2, 0).add(-1, Duration.ofMinutes(30), "hand_arm", Side.LEFT,
                    Trigger.OTHER));
            assertThat(p.totalEpisodes()).isEqualTo(2);
            assertThat(p.escalations()).isEmpty();
        }

        @Test
        void weeklyCounts_addUpToTheEpisodesOfTheTrendWindow_andStartObservedAtTheFirstEpisode() {
            DiaryPatterns p = analyze(diary().nightCalf(10, 0).nightCalf(3, 20).nightCalf(1, TREND_DAYS + 3));
            assertThat(p.weeks()).hasSize(RULES.trendWeeks());
            assertThat(p.weeks().stream().mapToInt(w -> w.episodes()).sum()).isEqualTo(13);
            assertThat(p.weeks()).allSatisfy(w -> assertThat(w.observed()).isTrue());
            assertThat(p.weeks().get(p.weeks().size() - 1).start()).isEqualTo(AS_OF.minusDays(6));

            DiaryPatterns young = analyze(diary().nightCalf(3, 8));
            assertThat(young.weeks().stream().filter(w -> w.observed()).count()).isEqualTo(2);
        }

        @Test
        void rateOfAYoungDiary_isPerObservedWeek_butNeverOverAShorterSpanThanAWeek() {
            assertThat(analyze(diary().nightCalf(2, 0)).episodesPerWeek()).isEqualTo(2.0);
            // 14 days observed (days 13..0), 6 episodes: 3 a week.
            assertThat(analyze(diary().nightCalf(1, 13).nightCalf(5, 0)).episodesPerWeek()).isEqualTo(3.0);
        }
    }

    @Nested
    class FrequentCramps {
        final DiaryEscalationRule rule = ruleWith(DiaryMeasure.EPISODES_PER_WEEK, false);
        final double threshold = condition(rule, DiaryMeasure.EPISODES_PER_WEEK).atLeast();

        @Test
        void atTheThresholdOverTheWholeWindow_fires() {
            int count = (int) Math.ceil(threshold * RULES.windowWeeks());
            DiaryPatterns p = analyze(diary().nightCalf(1, TREND_DAYS - 1).spread(count, WINDOW_DAYS - 1, -1));
            assertThat(p.episodesPerWeek()).isGreaterThanOrEqualTo(threshold);
            assertThat(fired(p, rule)).isTrue();
            assertThat(p.escalations().get(0).measured().get(0)).contains("episodes a week over the last "
                    + RULES.windowWeeks() + " weeks");
        }

        @Test
        void oneEpisodeBelowTheThreshold_doesNotFire() {
            int count = (int) Math.ceil(threshold * RULES.windowWeeks()) - 1;
            DiaryPatterns p = analyze(diary().nightCalf(1, TREND_DAYS - 1).spread(count, WINDOW_DAYS - 1, -1));
            assertThat(p.episodesPerWeek()).isLessThan(threshold);
            assertThat(fired(p, rule)).isFalse();
        }
    }

    @Nested
    class RisingCramps {
        final DiaryEscalationRule rule = ruleWith(DiaryMeasure.RISE_RATIO, false);
        final double ratio = condition(rule, DiaryMeasure.RISE_RATIO).atLeast();
        final double minimumRate = condition(rule, DiaryMeasure.EPISODES_PER_WEEK).atLeast();
        final int earlierWeeks = RULES.trendWeeks() - RULES.windowWeeks();

        /** A diary observed over the whole trend window with these rates (episodes a week) before and now. */
        Diaries rates(double earlier, double recent) {
            return diary().spread((int) Math.round(earlier * earlierWeeks), TREND_DAYS - 1, WINDOW_DAYS - 1)
                    .spread((int) Math.round(recent * RULES.windowWeeks()), WINDOW_DAYS - 1, -1);
        }

        @Test
        void riseAtTheRatioToTheMinimumRate_fires_andTheInterviewHearsItIsWorsening() {
            DiaryPatterns p = analyze(rates(minimumRate / ratio, minimumRate));
            assertThat(p.riseRatio().getAsDouble()).isGreaterThanOrEqualTo(ratio);
            assertThat(fired(p, rule)).isTrue();
            assertThat(answer(p, "symptoms_worsening")).contains(Value.of(true));
        }

        @Test
        void riseJustUnderTheRatio_doesNotFire_andWorseningIsLeftForThePerson() {
            double recent = minimumRate + 1;
            DiaryPatterns p = analyze(rates(recent / ratio + 0.5, recent));
            assertThat(p.riseRatio().getAsDouble()).isLessThan(ratio);
            assertThat(fired(p, rule)).isFalse();
            assertThat(answer(p, "symptoms_worsening")).isEmpty();
        }

        @Test
        void bigRiseBelowTheMinimumRate_doesNotFire() {
            DiaryPatterns p = analyze(rates(0.25, minimumRate - 0.25));
            assertThat(p.riseRatio().getAsDouble()).isGreaterThan(ratio);
            assertThat(fired(p, rule)).isFalse();
        }

        @Test
        void diaryYoungerThanTheRecentWindowPlusAWeek_hasNoRise_soTheRuleCannotFire() {
            DiaryPatterns p = analyze(diary().spread(40, WINDOW_DAYS + 5, -1));
            assertThat(p.riseRatio()).isEmpty();
            assertThat(fired(p, rule)).isFalse();
            assertThat(p.escalations()).anySatisfy(e -> assertThat(e.rule().id()).isNotEqualTo(rule.id()));
        }

        @Test
        void crampsReturningAfterAnObservedQuietSpell_riseWithoutBound() {
            DiaryPatterns p = analyze(diary().nightCalf(1, TREND_DAYS + 10)
                    .spread((int) Math.ceil(minimumRate * RULES.windowWeeks()), WINDOW_DAYS - 1, -1));
            assertThat(p.riseRatio().getAsDouble()).isInfinite();
            assertThat(fired(p, rule)).isTrue();
        }

        @Test
        void slope_isPositiveForRisingWeeks_andNegativeForFallingOnes() {
            assertThat(analyze(rates(1, 5)).weeklySlope().getAsDouble()).isPositive();
            assertThat(analyze(rates(5, 1)).weeklySlope().getAsDouble()).isNegative();
        }
    }

    @Nested
    class LongCramps {
        final DiaryEscalationRule rule = RULES.escalations().stream()
                .filter(r -> r.when().stream().anyMatch(c -> c.longerThan() != null)).findFirst().orElseThrow();
        final Duration limit = rule.when().get(0).longerThan();

        @ParameterizedTest(name = "{0} seconds over the limit: fires = {1}")
        @CsvSource({"-1, false", "0, false", "1, true", "600, true"})
        void longEpisodeInTheWindow_firesOnlyWhenStrictlyLongerThanTheLimit(long overBy, boolean fires) {
            DiaryPatterns p = analyze(diary().nightCalf(2, 3)
                    .add(1, limit.plusSeconds(overBy), "calf", Side.LEFT, Trigger.NIGHT_REST));
            assertThat(fired(p, rule)).isEqualTo(fires);
        }

        @Test
        void longEpisodeBeforeTheWindow_doesNotFire() {
            DiaryPatterns p = analyze(diary().add(WINDOW_DAYS + 1, limit.multipliedBy(3), "calf", Side.LEFT,
                    Trigger.NIGHT_REST).nightCalf(2, 0));
            assertThat(fired(p, rule)).isFalse();
        }
    }

    @Nested
    class AtypicalSites {
        @ParameterizedTest(name = "{0} with trigger {1}: escalated = {2}")
        @CsvSource({
                "calf, night_rest, false",
                "foot, exercise, false",
                "hand_arm, other, true",
                "abdomen_trunk, walking, true",
                "whole_body, heat, true",
                "back_thigh, night_rest, true",
                "front_thigh, night_rest, true",
                "back_thigh, exercise, false",
        })
        void oneEpisodeAtASite_escalatesOnlyAtSitesThatSuggestAnOrganicCause(String site, String trigger,
                                                                            boolean escalated) {
            DiaryPatterns p = analyze(diary().add(2, Duration.ofMinutes(1), site, Side.LEFT,
                    Trigger.fromId(trigger).orElseThrow()));
            assertThat(p.escalations().stream().anyMatch(e -> e.rule().when().stream()
                    .anyMatch(c -> c.sites().contains(site)))).isEqualTo(escalated);
        }
    }

    @Nested
    class InterviewAnswers {
        final int min = RULES.minEpisodesForShares();

        /** {@code night} of {@code total} recent episodes at night, the rest with {@code other}. */
        DiaryPatterns mix(int night, int total, Trigger other) {
            Diaries d = diary();
            for (int i = 0; i < total; i++) {
                d.add(i, Duration.ofMinutes(2), "calf", Side.LEFT, i < night ? Trigger.NIGHT_REST : other);
            }
            return analyze(d);
        }

        @Test
        void nightShareAtMostlyShare_isYes_andJustBelow_isNo() {
            int total = 10;
            int atThreshold = (int) Math.ceil(RULES.mostlyShare() * total);
            assertThat(answer(mix(atThreshold, total, Trigger.WALKING), "cramps_at_rest_night")).contains(Value.of(true));
            assertThat(answer(mix(atThreshold - 1, total, Trigger.WALKING), "cramps_at_rest_night")).contains(Value.of(false));
        }

        @Test
        void fewerEpisodesThanTheMinimum_leaveSharesForThePerson() {
            DiaryPatterns p = mix(min - 1, min - 1, Trigger.WALKING);
            assertThat(answer(p, "cramps_at_rest_night")).isEmpty();
            assertThat(answer(p, "cramps_with_exercise")).isEmpty();
            assertThat(answer(p, "cramps_per_week")).isPresent();
        }

        @ParameterizedTest(name = "{0} of 8 with exercise -> {1}")
        @CsvSource({"0, false", "2, unknown", "3, unknown", "4, true", "8, true"})
        void exercise_isYesWhenMostlyNoWhenNeverAndOtherwiseAskedOfThePerson(int withExercise, String expected) {
            DiaryPatterns p = mix(8 - withExercise, 8, Trigger.EXERCISE);
            Optional<Value> a = answer(p, "cramps_with_exercise");
            if (expected.equals("unknown")) {
                assertThat(a).isEmpty();
            } else {
                assertThat(a).contains(Value.of(Boolean.parseBoolean(expected)));
            }
        }

        @ParameterizedTest(name = "usual duration {0} s -> {1}")
        @CsvSource({"5, seconds", "59, seconds", "60, under_10_min", "599, under_10_min", "600, 10_to_60_min",
                "3599, 10_to_60_min", "3600, hours"})
        void usualDuration_mapsToTheDurationOptionItFallsIn(long seconds, String option) {
            Diaries d = diary();
            for (int i = 0; i < 3; i++) {
                d.add(i, Duration.ofSeconds(seconds), "calf", Side.LEFT, Trigger.NIGHT_REST);
            }
            assertThat(answer(analyze(d), "cramp_duration")).contains(new Value.Choice(option));
        }

        @Test
        void sitesAndRate_areAnsweredFromTheRecentWindow() {
            DiaryPatterns p = analyze(diary().nightCalf(4, 0)
                    .add(5, Duration.ofMinutes(1), "foot", Side.LEFT, Trigger.NIGHT_REST)
                    .add(WINDOW_DAYS + 2, Duration.ofMinutes(1), "neck", Side.MIDDLE, Trigger.OTHER));
            assertThat(answer(p, "cramp_location")).contains(new Value.Choices(java.util.Set.of("calf", "foot")));
            assertThat(answer(p, "cramps_per_week")).contains(new Value.Number(
                    Math.round(5 / (double) RULES.windowWeeks() * 10) / 10.0));
        }

        @ParameterizedTest(name = "sides {0} -> one side {1}")
        @CsvSource({"left left left, true", "right right right, true", "left right left, false",
                "left both left, false", "left middle left, unknown", "middle middle middle, unknown"})
        void oneSide_isYesWhenEveryCrampWasOnOneSide_noWhenBothWereHit(String sides, String expected) {
            Diaries d = diary();
            String[] each = sides.split(" ");
            for (int i = 0; i < each.length; i++) {
                d.add(i, Duration.ofMinutes(1), "calf", Side.fromId(each[i]).orElseThrow(), Trigger.NIGHT_REST);
            }
            Optional<Value> a = answer(analyze(d), "symptoms_one_side");
            if (expected.equals("unknown")) {
                assertThat(a).isEmpty();
            } else {
                assertThat(a).contains(Value.of(Boolean.parseBoolean(expected)));
            }
        }

        @Test
        void everyAnswer_hasAPlainBasis() {
            DiaryPatterns p = mix(6, 8, Trigger.EXERCISE);
            assertThat(p.answers()).isNotEmpty().allSatisfy(a -> assertThat(a.basis()).isNotBlank().endsWith("."));
        }
    }

    static LongStream seeds() {
        return LongStream.range(1, 101);
    }

    static List<Episode> randomDiary(Random random) {
        Diaries d = diary();
        List<String> sites = KB.finding("cramp_location").orElseThrow().options();
        int n = random.nextInt(60);
        for (int i = 0; i < n; i++) {
            d.add(random.nextInt(TREND_DAYS + 30) - 2, Duration.ofSeconds(1 + random.nextInt(3 * 3600)),
                    sites.get(random.nextInt(sites.size())), Side.values()[random.nextInt(Side.values().length)],
                    Trigger.values()[random.nextInt(Trigger.values().length)]);
        }
        return d.episodes();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void prefill_isValidEvidenceForTheEngine_andEachAnswerFitsItsFinding(long seed) {
        DiaryPatterns p = ANALYZER.analyze(randomDiary(new Random(seed)), AS_OF);
        for (DiaryAnswer a : p.answers()) {
            Finding f = KB.finding(a.findingId()).orElseThrow();
            switch (f.type()) {
                case BOOLEAN -> assertThat(a.value()).isInstanceOf(Value.Bool.class);
                case CHOICE -> assertThat(f.options()).contains(((Value.Choice) a.value()).option());
                case MULTI_CHOICE -> assertThat(f.options()).containsAll(((Value.Choices) a.value()).options());
                case NUMBER -> assertThat(((Value.Number) a.value()).value()).isBetween(f.min(), f.max());
            }
        }
        new Engine(KB).assess(AssessmentRequest.of(p.prefill()));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anotherRecentEpisode_neverLowersTheRate_norRemovesAnEscalationOfCountsOrRate(long seed) {
        Random random = new Random(seed);
        List<Episode> before = randomDiary(random);
        List<Episode> after = new java.util.ArrayList<>(before);
        after.add(new Episode("extra", AS_OF.minusDays(random.nextInt(WINDOW_DAYS)).atTime(Diaries.NIGHT),
                Duration.ofMinutes(1), "calf", Side.LEFT, 5, Trigger.NIGHT_REST, "", ""));
        DiaryPatterns p = ANALYZER.analyze(before, AS_OF);
        DiaryPatterns q = ANALYZER.analyze(after, AS_OF);
        assertThat(q.episodesPerWeek()).isGreaterThanOrEqualTo(p.episodesPerWeek() - 1e-9);
        p.escalations().stream().filter(e -> e.rule().when().stream()
                        .noneMatch(c -> c.measure() == DiaryMeasure.RISE_RATIO))
                .forEach(e -> assertThat(q.escalations()).anySatisfy(f -> assertThat(f.rule()).isEqualTo(e.rule())));
    }
}
