package org.spasmcheck.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spasmcheck.engine.diary.Episode;

class DiaryChartsTest {
    /** A Monday; the four windows ending on it start on 3, 10, 17 and 24 Nov. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 30);

    @Nested
    class PerWeek {
        @ParameterizedTest(name = "{0} lands in week {1}")
        @CsvSource({
                // the first moment of the oldest window
                "2026-11-03T00:00, 0",
                // the last minute of the oldest window
                "2026-11-09T23:59, 0",
                // exactly at the start of the second window
                "2026-11-10T00:00, 1",
                "2026-11-24T00:00, 3",
                // the last minute of asOf belongs to the last window
                "2026-11-30T23:59, 3",
                // outside: the minute before the oldest window, and the day after asOf
                "2026-11-02T23:59, -1",
                "2026-12-01T00:00, -1",
        })
        void perWeek_countsAnEpisodeInItsSevenDayWindowOnly(LocalDateTime start, int week) {
            BarChart chart = DiaryCharts.perWeek(List.of(Diaries.at(start)), AS_OF, 4);

            int[] expected = new int[4];
            if (week >= 0) {
                expected[week] = 1;
            }
            assertThat(chart.bars()).extracting(BarChart.Bar::value)
                    .containsExactly(IntStream.of(expected).boxed().toArray(Integer[]::new));
        }

        @Test
        void perWeek_labelsEachWindowByItsFirstDay_oldestFirst() {
            BarChart chart = DiaryCharts.perWeek(List.of(), AS_OF, 4);

            assertThat(chart.bars()).extracting(BarChart.Bar::label)
                    .containsExactly("3 Nov", "10 Nov", "17 Nov", "24 Nov");
            assertThat(chart.axisLabel()).isEqualTo("Episodes");
        }

        @RepeatedTest(10)
        void perWeek_generatedDiary_countsWhatWasPutInEachWindow(org.junit.jupiter.api.RepetitionInfo run) {
            Random random = new Random(run.getCurrentRepetition());
            int weeks = 1 + random.nextInt(12);
            LocalDate first = AS_OF.minusDays(weeks * 7L - 1);
            int[] counts = new int[weeks];
            List<Episode> diary = new ArrayList<>();
            for (int w = 0; w < weeks; w++) {
                counts[w] = random.nextInt(9);
                for (int i = 0; i < counts[w]; i++) {
                    diary.add(Diaries.at(first.plusDays(w * 7L + random.nextInt(7)).atTime(randomTime(random))));
                }
            }
            diary.add(Diaries.at(first.minusDays(1 + random.nextInt(30)).atTime(randomTime(random))));
            diary.add(Diaries.at(AS_OF.plusDays(1 + random.nextInt(30)).atTime(randomTime(random))));
            java.util.Collections.shuffle(diary, random);

            BarChart chart = DiaryCharts.perWeek(diary, AS_OF, weeks);

            assertThat(chart.bars()).extracting(BarChart.Bar::value)
                    .containsExactly(IntStream.of(counts).boxed().toArray(Integer[]::new));
            for (BarChart.Bar bar : chart.bars()) {
                assertThat(chart.description()).contains(bar.value() + " in the week from " + bar.label());
            }
        }

        @Test
        void perWeek_describesEveryWeekInOneSentence() {
            List<Episode> diary = List.of(Diaries.at(LocalDateTime.of(2026, 11, 3, 2, 0)),
                    Diaries.at(LocalDateTime.of(2026, 11, 29, 2, 0)), Diaries.at(LocalDateTime.of(2026, 11, 30, 2, 0)));

            BarChart chart = DiaryCharts.perWeek(diary, AS_OF, 4);

            assertThat(chart.description()).isEqualTo("Episodes in each of the last 4 weeks up to 30 Nov 2026, "
                    + "oldest first: 1 in the week from 3 Nov, 0 in the week from 10 Nov, 0 in the week from 17 Nov "
                    + "and 2 in the week from 24 Nov.");
        }

        @Test
        void perWeek_withoutAWeek_isRefused() {
            assertThatThrownBy(() -> DiaryCharts.perWeek(List.of(), AS_OF, 0))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weeks");
        }
    }

    @Nested
    class ByTimeOfDay {
        @ParameterizedTest(name = "{0} is in block {1}")
        @CsvSource({
                "00:00, 0–4",
                "03:59, 0–4",
                // 04:00 starts the early morning
                "04:00, 4–8",
                "11:59, 8–12",
                "12:00, 12–16",
                "19:59, 16–20",
                "20:00, 20–24",
                // the last minute of the day is late evening
                "23:59, 20–24",
        })
        void byTimeOfDay_putsAnEpisodeInTheBlockOfItsStartHour(LocalTime time, String block) {
            BarChart chart = DiaryCharts.byTimeOfDay(List.of(Diaries.at(AS_OF.atTime(time))));

            assertThat(chart.bars()).filteredOn(b -> b.value() == 1).extracting(BarChart.Bar::label)
                    .containsExactly(block);
            assertThat(chart.total()).isEqualTo(1);
        }

        @RepeatedTest(10)
        void byTimeOfDay_generatedDiary_countsWhatWasPutInEachBlock(org.junit.jupiter.api.RepetitionInfo run) {
            Random random = new Random(100 + run.getCurrentRepetition());
            int[] counts = new int[6];
            List<Episode> diary = new ArrayList<>();
            for (int block = 0; block < 6; block++) {
                counts[block] = random.nextInt(12);
                for (int i = 0; i < counts[block]; i++) {
                    LocalTime time = LocalTime.of(block * 4 + random.nextInt(4), random.nextInt(60));
                    diary.add(Diaries.at(AS_OF.minusDays(random.nextInt(90)).atTime(time)));
                }
            }

            BarChart chart = DiaryCharts.byTimeOfDay(diary);

            assertThat(chart.bars()).extracting(BarChart.Bar::label)
                    .containsExactly("0–4", "4–8", "8–12", "12–16", "16–20", "20–24");
            assertThat(chart.bars()).extracting(BarChart.Bar::value)
                    .containsExactly(IntStream.of(counts).boxed().toArray(Integer[]::new));
            assertThat(chart.description()).contains(counts[0] + " at night (0 to 4 h)",
                    counts[5] + " in the late evening (20 to 24 h)");
        }
    }

    @Nested
    class BySite {
        static final Map<String, String> LABELS = Map.of("calf", "Calf (back of the lower leg)", "foot", "Foot or toes",
                "neck", "Neck");

        @Test
        void bySite_countsEachMuscleGroup_mostFirst_inPlainWords() {
            List<Episode> diary = new ArrayList<>();
            IntStream.range(0, 2).forEach(i -> diary.add(Diaries.at(AS_OF.atTime(1, i), "foot")));
            IntStream.range(0, 5).forEach(i -> diary.add(Diaries.at(AS_OF.atTime(2, i), "calf")));
            diary.add(Diaries.at(AS_OF.atTime(3, 0), "neck"));

            BarChart chart = DiaryCharts.bySite(diary, LABELS::get);

            assertThat(chart.bars()).containsExactly(new BarChart.Bar("Calf (back of the lower leg)", 5),
                    new BarChart.Bar("Foot or toes", 2), new BarChart.Bar("Neck", 1));
            assertThat(chart.description()).isEqualTo("Episodes by muscle group, most frequent first: "
                    + "Calf (back of the lower leg): 5, Foot or toes: 2 and Neck: 1.");
        }

        @Test
        void bySite_equalCounts_areInLabelOrder_whateverTheDiaryOrder() {
            List<Episode> diary = List.of(Diaries.at(AS_OF.atTime(1, 0), "neck"), Diaries.at(AS_OF.atTime(1, 1), "foot"));

            BarChart chart = DiaryCharts.bySite(diary, LABELS::get);

            assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("Foot or toes", "Neck");
        }

        @Test
        void bySite_groupWithoutALabel_isShownByItsId() {
            BarChart chart = DiaryCharts.bySite(List.of(Diaries.at(AS_OF.atTime(1, 0), "little_toe")), id -> null);

            assertThat(chart.bars()).containsExactly(new BarChart.Bar("little_toe", 1));
        }

        @Test
        void bySite_emptyDiary_hasNoBars_andSaysSo() {
            BarChart chart = DiaryCharts.bySite(List.of(), Function.identity());

            assertThat(chart.bars()).isEmpty();
            assertThat(chart.description()).startsWith("No episodes");
        }
    }

    private static LocalTime randomTime(Random random) {
        return LocalTime.of(random.nextInt(24), random.nextInt(60));
    }
}
