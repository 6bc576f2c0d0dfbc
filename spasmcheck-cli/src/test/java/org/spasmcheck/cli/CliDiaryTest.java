package org.spasmcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code spasmcheck diary}: new, add, list and patterns on a SQLite file in a temporary data directory. */
class CliDiaryTest {
    @TempDir
    Path tmp;

    /** The command with this test's data directory. */
    Cli run(String... args) {
        return Cli.run(Stream.concat(Stream.of(args), Stream.of("--data-dir", tmp.resolve("data").toString()))
                .toArray(String[]::new));
    }

    String newDiary() {
        Cli r = run("diary", "new");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return r.out().lines().findFirst().orElseThrow();
    }

    /** A calf cramp at night, {@code daysAgo} days before today (the command's clock is the system's). */
    Cli addNightCramp(String key, int daysAgo) {
        return run("diary", "add", "--key", key, "--start", LocalDate.now().minusDays(daysAgo) + "T02:30",
                "--duration", "90s", "--site", "calf", "--side", "left", "--intensity", "6", "--trigger", "night_rest");
    }

    @Nested
    class RoundTrip {
        @Test
        void new_printsTheKeyOnce_withASentenceThatItCannotBeShownAgain() {
            Cli r = run("diary", "new");
            assertThat(r.exitCode()).isZero();
            List<String> lines = r.out().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).matches("[A-Za-z0-9_-]{43}");
            assertThat(lines.get(1)).contains("cannot be shown again");
        }

        @Test
        void addedEpisodes_areListedOldestFirst_withEveryField() {
            String key = newDiary();
            String yesterday = LocalDate.now().minusDays(1) + "T23:10";
            String lastWeek = LocalDate.now().minusDays(7) + "T06:45";
            Cli first = run("diary", "add", "--key", key, "--start", yesterday, "--duration", "90s", "--site", "calf",
                    "--side", "left", "--intensity", "6", "--trigger", "night_rest", "--helped", "stretching",
                    "--note", "woke me up\ntwice");
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out().strip()).matches("stored episode [A-Za-z0-9_-]{12}");
            Cli second = run("diary", "add", "--key", key, "--start", lastWeek, "--duration", "1h30m", "--site", "foot",
                    "--side", "both", "--intensity", "3", "--trigger", "exercise");
            assertThat(second.exitCode()).as(second.err()).isZero();

            Cli list = run("diary", "list", "--key", key);
            assertThat(list.exitCode()).isZero();
            List<String> lines = list.out().lines().toList();
            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).startsWith(lastWeek).contains("foot", "both", "1h30m", "3/10", "exercise",
                    "helped: -", "note: -");
            assertThat(lines.get(1)).startsWith(yesterday).contains("calf", "left", "1m30s", "6/10", "night_rest",
                    "helped: stretching", "note: woke me up / twice");
        }

        @Test
        void patternsText_summarisesTheEpisodes() {
            String key = newDiary();
            addNightCramp(key, 1);
            addNightCramp(key, 2);
            Cli r = run("diary", "patterns", "--key", key);
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("Episodes: 2 recorded", "Trend:", "Escalations: none.",
                    "Interview answers from the diary");
        }

        @Test
        void emptyDiary_isListedAsEmpty() {
            Cli r = run("diary", "list", "--key", newDiary());
            assertThat(r.exitCode()).isZero();
            assertThat(r.out().strip()).isEqualTo("The diary has no episodes yet.");
        }
    }

    @Nested
    class Patterns {
        @Test
        void json_isTheApisPatterns_andEscalatesNightlyCramps() throws Exception {
            String key = newDiary();
            for (int day = 0; day < 6; day++) {
                assertThat(addNightCramp(key, day).exitCode()).isZero();
            }
            JsonNode six = CliTest.JSON.readTree(run("diary", "patterns", "--key", key, "--format", "json").out());
            assertThat(six.get("escalations").findValuesAsText("rule")).doesNotContain("diary_frequent_cramps");

            // Seven in the first week observed: 7 a week, the diary's "about nightly" threshold (knowledge-base/diary.yaml).
            assertThat(addNightCramp(key, 6).exitCode()).isZero();
            Cli r = run("diary", "patterns", "--key", key, "--format", "json");
            assertThat(r.exitCode()).as(r.err()).isZero();
            JsonNode p = CliTest.JSON.readTree(r.out());
            assertThat(p.get("recent_episodes").asInt()).isEqualTo(7);
            assertThat(p.get("episodes_per_week").asDouble()).isEqualTo(7.0);
            assertThat(p.get("escalations").findValuesAsText("rule")).contains("diary_frequent_cramps");
            assertThat(p.get("escalation_level").asText()).isEqualTo("consultation");
            assertThat(p.get("answers").findValuesAsText("finding")).contains("cramps_at_rest_night", "cramp_location");
            assertThat(p.get("answers").get(0).has("basis")).isTrue();
        }

        @Test
        void text_showsTheEscalationAndTheInterviewAnswersWithTheirBasis() {
            String key = newDiary();
            for (int day = 0; day < 7; day++) {
                addNightCramp(key, day);
            }
            Cli r = run("diary", "patterns", "--key", key);
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Escalations:\n  diary_frequent_cramps -> consultation: ")
                    .containsPattern("\n  cramp_location = calf \\(.+\\)\n");
        }

        @Test
        void unknownFormat_isExit2() {
            Cli r = run("diary", "patterns", "--key", newDiary(), "--format", "xml");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("text, json");
        }
    }

    @Nested
    class InvalidEpisode {
        @Test
        void everyBadField_isNamedOnItsOwnLine_withTheAllowedValues_andNothingIsStored() {
            String key = newDiary();
            Cli r = run("diary", "add", "--key", key, "--start", "yesterday night", "--duration", "90 sec",
                    "--site", "knee", "--side", "top", "--intensity", "high", "--trigger", "running");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().lines().toList()).containsExactly(
                    "spasmcheck: --start: not a date and time; allowed: a date and time like 2026-12-03T23:10, from 2000-01-01 to today",
                    "spasmcheck: --duration: not a duration: 90 sec; allowed: a duration like 90s, 2m or 1h30m, from 1s to 24h",
                    "spasmcheck: --site: not a muscle group: knee; allowed: one of: calf, foot, shin, front_thigh, back_thigh, "
                            + "whole_leg, buttock, lower_back, mid_upper_back, neck, shoulder, jaw, face_eyelid, hand_arm, "
                            + "whole_body, chest, abdomen_trunk",
                    "spasmcheck: --side: not allowed: top; allowed: one of: left, right, both, middle",
                    "spasmcheck: --trigger: not allowed: running; allowed: one of: night_rest, exercise, heat, walking, standing, other",
                    "spasmcheck: --intensity: not a whole number: high; allowed: a whole number from 0 (none) to 10 (worst)");
            assertThat(r.out()).isEmpty();
            assertThat(run("diary", "list", "--key", key).out().strip()).isEqualTo("The diary has no episodes yet.");
        }

        @Test
        void missingFields_areEachNamed() {
            Cli r = run("diary", "add", "--key", newDiary());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().lines().map(l -> l.substring(0, l.indexOf(';'))).toList()).containsExactly(
                    "spasmcheck: --start: missing", "spasmcheck: --duration: missing", "spasmcheck: --site: missing",
                    "spasmcheck: --side: missing", "spasmcheck: --trigger: missing", "spasmcheck: --intensity: missing");
        }

        @Test
        void outOfRangeDurationAndIntensity_areShownAsTyped() {
            Cli r = run("diary", "add", "--key", newDiary(), "--start", LocalDate.now() + "T01:00", "--duration", "25h",
                    "--site", "calf", "--side", "left", "--intensity", "11", "--trigger", "night_rest");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().lines().toList()).containsExactly(
                    "spasmcheck: --duration: out of range: 25h; allowed: a duration like 90s, 2m or 1h30m, from 1s to 24h",
                    "spasmcheck: --intensity: out of range: 11; allowed: a whole number from 0 (none) to 10 (worst)");
        }
    }

    @Nested
    class Key {
        @Test
        void wrongKey_isExit2_andDoesNotTellWhetherTheDiaryExists() {
            String key = newDiary();
            String wellFormedButWrong = key.substring(1) + (key.startsWith("A") ? "B" : "A");
            Cli wrong = run("diary", "list", "--key", wellFormedButWrong);
            Cli malformed = run("diary", "patterns", "--key", "not-a-key");
            Cli add = addNightCramp("x".repeat(43), 1);
            for (Cli r : List.of(wrong, malformed, add)) {
                assertThat(r.exitCode()).isEqualTo(2);
                assertThat(r.err().strip()).isEqualTo("spasmcheck: no diary opens with this key");
            }
        }

        @Test
        void noKey_namesTheEnvironmentVariableAndTheOption() {
            Assumptions.assumeTrue(System.getenv(DiaryKeyOption.ENVIRONMENT_VARIABLE) == null,
                    "the test's environment sets " + DiaryKeyOption.ENVIRONMENT_VARIABLE);
            Cli r = run("diary", "list");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().strip()).isEqualTo(
                    "spasmcheck: no diary key: set the environment variable SPASMCHECK_DIARY_KEY (preferred) or give --key KEY");
        }

        @Test
        void resolve_takesTheEnvironmentVariable_andTheOptionWhenGiven() {
            Map<String, String> environment = Map.of(DiaryKeyOption.ENVIRONMENT_VARIABLE, "from-environment\n");
            assertThat(DiaryKeyOption.resolve(null, environment)).isEqualTo("from-environment");
            assertThat(DiaryKeyOption.resolve("from-option", environment)).isEqualTo("from-option");
            assertThat(DiaryKeyOption.resolve("from-option", Map.of())).isEqualTo("from-option");
            assertThatThrownBy(() -> DiaryKeyOption.resolve(null, Map.of(DiaryKeyOption.ENVIRONMENT_VARIABLE, " ")))
                    .isInstanceOf(BadInputException.class).hasMessageContaining("SPASMCHECK_DIARY_KEY").hasMessageContaining("--key");
        }
    }

    @Nested
    class DurationFormat {
        @ParameterizedTest
        @CsvSource({"90s, 90", "2m, 120", "1h30m, 5400", "1h, 3600", "1h0m5s, 3605", "2M, 120", "0s, 0"})
        void seconds_readsHoursMinutesAndSeconds(String text, long seconds) {
            assertThat(Durations.seconds(text)).hasValue(seconds);
        }

        @ParameterizedTest
        @CsvSource({"90", "'90 s'", "1m1h", "''", "1.5m", "-5s", "h", "99999999999s"})
        void seconds_isEmptyForAnythingElse(String text) {
            assertThat(Durations.seconds(text)).isEmpty();
        }

        @ParameterizedTest
        @CsvSource({"90, 1m30s", "120, 2m", "5400, 1h30m", "86400, 24h", "3605, 1h5s", "5, 5s"})
        void format_writesTheSameNotation(long seconds, String text) {
            assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(text);
            assertThat(Durations.seconds(text)).hasValue(seconds);
        }
    }
}
