package org.spasmcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;

class CliTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path ROOT = Path.of(System.getProperty("spasmcheck.root", ".."));

    @TempDir
    Path tmp;

    Path file(String name, String content) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Nested
    class Assess {
        @Test
        void json_includesKnowledgeBaseVersionHashTriageAndDifferential() throws IOException {
            Path evidence = file("e.json", """
                    {"age_years": 67, "sex": "female", "cramp_location": ["calf"], "cramps_at_rest_night": true,
                     "cramp_hard_knot": true, "cramp_relieved_stretch": true, "cramp_duration": "under_10_min"}""");
            Cli r = Cli.run("assess", "--evidence", evidence.toString(), "--format", "json");
            assertThat(r.exitCode()).isZero();
            JsonNode json = JSON.readTree(r.out());
            var kb = YamlKnowledgeBaseLoader.shipped();
            assertThat(json.at("/knowledge_base/version").asText()).isEqualTo(kb.version());
            assertThat(json.at("/knowledge_base/sha256").asText()).isEqualTo(kb.contentHash());
            assertThat(json.at("/triage/level").asText()).isNotEmpty();
            assertThat(json.at("/differential/0/id").asText()).isEqualTo("nocturnal_leg_cramps");
            assertThat(json.at("/differential/0/findings_for")).isNotEmpty();
            assertThat(json.at("/disclaimer").asText()).containsIgnoringCase("not a diagnosis");
        }

        @Test
        void text_showsTriageBannerCausesAndDisclaimer() throws IOException {
            Path evidence = file("e.json", "{\"age_years\": 30, \"cramp_location\": [\"calf\"], \"cramps_with_exercise\": true}");
            Cli r = Cli.run("assess", "--evidence", evidence.toString());
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Most likely causes").contains("Get medical help if").containsIgnoringCase("not a diagnosis");
        }

        @Test
        void unknownFinding_isExit2NamingTheField() throws IOException {
            Cli r = Cli.run("assess", "--evidence", file("e.json", "{\"calf_pain_level\": 3}").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'calf_pain_level': unknown finding id").doesNotContain("Exception");
        }

        @Test
        void wrongType_isExit2WithAllowedValues() throws IOException {
            Cli r = Cli.run("assess", "--evidence", file("e.json", "{\"cramp_duration\": \"forever\"}").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'cramp_duration': not an option: \"forever\"")
                    .contains("allowed: one of: seconds, under_10_min, 10_to_60_min, hours, constant");
        }

        @Test
        void booleanGivenAsString_isExit2() throws IOException {
            Cli r = Cli.run("assess", "--evidence", file("e.json", "{\"jaw_lock\": \"yes\"}").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'jaw_lock': wrong type: expected true or false");
        }

        @Test
        void numberOutOfRange_isExit2() throws IOException {
            Cli r = Cli.run("assess", "--evidence", file("e.json", "{\"age_years\": 300}").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("'age_years': out of range: 300").contains("a number from 0 to 120 (years)");
        }

        @Test
        void malformedJson_isExit2WithLine() throws IOException {
            Cli r = Cli.run("assess", "--evidence", file("e.json", "{\"age_years\": 30,\n").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("malformed JSON").contains("line").doesNotContain("\tat ");
        }

        @Test
        void missingFile_isExit2() {
            Cli r = Cli.run("assess", "--evidence", tmp.resolve("nope.json").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("file not found");
        }

        @Test
        void emergencyRedFlag_isReportedWithItsAdvice() throws IOException {
            Cli r = Cli.run("assess", "--evidence", file("e.json",
                    "{\"age_years\": 70, \"cramp_location\": [\"calf\"], \"cold_pale_leg_sudden\": true}").toString(),
                    "--format", "json");
            JsonNode json = JSON.readTree(r.out());
            assertThat(json.at("/triage/level").asText()).isEqualTo("emergency_ambulance");
            assertThat(json.at("/triage/fired_rules")).isNotEmpty();
            assertThat(json.at("/interview/stop_reason").asText()).isEqualTo("emergency");
        }
    }

    @Nested
    class KbCheck {
        @Test
        void shippedKnowledgeBase_isValid() {
            Cli r = Cli.run("kb", "check", ROOT.resolve("knowledge-base").toString());
            assertThat(r.exitCode()).isZero();
            assertThat(r.lastLine()).startsWith("OK ");
        }

        @Test
        void tamperedCopy_exits1WithTheIssueList() throws IOException {
            Path copy = tmp.resolve("kb");
            try (var files = Files.walk(ROOT.resolve("knowledge-base"))) {
                for (Path p : files.toList()) {
                    Path dest = copy.resolve(ROOT.resolve("knowledge-base").relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest);
                    }
                }
            }
            Files.delete(copy.resolve("conditions/tetanus.yaml"));
            Cli r = Cli.run("kb", "check", copy.toString());
            assertThat(r.exitCode()).isEqualTo(1);
            assertThat(r.out()).contains("ERROR contract/vocabulary.yaml conditions[33]: vocabulary condition 'tetanus' is not defined");
            assertThat(r.lastLine()).startsWith("FAILED ");
        }

        @Test
        void explain_listsEachAnswersLikelihoodRatioWithItsSource() {
            Cli r = Cli.run("kb", "explain", "lumbar_spinal_stenosis");
            assertThat(r.exitCode()).isZero();
            // Suri et al. (S76): no pain when seated LR 7.4; the line carries the source key.
            assertThat(r.out()).containsPattern("no_pain_seated +yes +LR +7\\.400 +present +S76");
        }

        @Test
        void explainUnknownCondition_isExit2WithTheAllowedIds() {
            Cli r = Cli.run("kb", "explain", "cramp_of_doom");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("unknown condition 'cramp_of_doom'").contains("nocturnal_leg_cramps");
        }

        @Test
        void missingDirectory_isExit2() {
            Cli r = Cli.run("kb", "check", tmp.resolve("none").toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("not found");
        }
    }

    @Nested
    class Interview {
        @Test
        void pipedAnswers_reachAResult() {
            // where: calf (1); age 45; sex: male (2); then answers, "don't know" for the rest
            String answers = "1\n45\n2\nn\nn\nn\nn\n" + "?\n".repeat(40);
            Cli r = Cli.runWithInput(answers, "interview");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("Question 1:").contains("Most likely causes").containsIgnoringCase("not a diagnosis");
        }

        @Test
        void back_changesThePreviousAnswer() {
            String answers = "1\nback\n4\n45\n2\n" + "?\n".repeat(40);
            Cli r = Cli.runWithInput(answers, "interview");
            assertThat(r.exitCode()).isZero();
            // After "back" the first question is asked again as question 1.
            assertThat(r.out().split("Question 1:", -1)).hasSize(3);
        }

        @Test
        void invalidAnswer_isAskedAgainWithAHint() {
            Cli r = Cli.runWithInput("99\n1\n45\n2\n" + "?\n".repeat(40), "interview");
            assertThat(r.out()).contains("Sorry, I did not understand.");
        }

        @Test
        void emergencyAnswer_stopsAtOnce() {
            // calf, age 70, male, then yes to every screen: the first emergency red flag ends the interview.
            Cli r = Cli.runWithInput("1\n70\n2\n" + "y\n".repeat(10), "interview");
            assertThat(r.out()).contains("STOP. This may be an emergency.");
        }

        @Test
        void endOfInput_givesTheResultSoFar() {
            Cli r = Cli.runWithInput("1\n", "interview");
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).contains("end of input").contains("Most likely causes");
        }
    }

    @Nested
    class Serve {
        @Test
        void unsupportedDatabaseUrl_isExit2NamingTheAllowedOnes() {
            Cli r = Cli.run("serve", "--port", "0", "--db", "jdbc:mysql://localhost/x");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--db").contains("jdbc:sqlite:").contains("jdbc:postgresql:");
        }

        @Test
        void portOutOfRange_isExit2() {
            Cli r = Cli.run("serve", "--port", "70000");
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("--port must be from 0 to 65535");
        }
    }

    @Nested
    class Eval {
        @Test
        void badVignette_isExit2AndEvaluatesNothing() throws IOException {
            Path dir = Files.createDirectories(tmp.resolve("v"));
            Files.writeString(dir.resolve("bad.json"), """
                    {"id": "bad", "evidence": {"cramp_location": ["knee"]},
                     "expected": {"cause": "nocturnal_leg_cramps", "triage": "self_care"}}""");
            Cli r = Cli.run("eval", "--vignettes", dir.toString());
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).contains("bad.json: evidence.'cramp_location': not an option: \"knee\"");
            assertThat(r.out()).isEmpty();
        }

        @Test
        void json_lastLineHasExactlyTheContractKeys() {
            Cli r = Cli.run("eval", "--vignettes", ROOT.resolve("eval/vignettes").toString(), "--format", "json");
            assertThat(r.exitCode()).isZero();
            JsonNode summary = readTree(r.lastLine());
            assertThat(summary.fieldNames()).toIterable().containsExactlyInAnyOrder("mode", "n", "top1", "top3",
                    "triage_exact", "triage_safe", "under_triage", "over_triage", "questions_median", "questions_p90");
            assertThat(summary.get("under_triage").isArray()).isTrue();
        }
    }

    static JsonNode readTree(String s) {
        try {
            return JSON.readTree(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void help_andAMistypedSubcommand_listEverySubcommand() {
        Cli help = Cli.run("--help");
        Cli typo = Cli.run("asess");

        for (String name : new String[] {"serve", "interview", "assess", "eval", "kb", "diary", "report"}) {
            assertThat(help.out()).as("help lists %s", name).containsPattern("(?m)^\\s+" + name + "\\b");
        }
        assertThat(typo.exitCode()).isEqualTo(SpasmcheckCommand.BAD_INPUT);
        assertThat(typo.err()).contains("asess").contains("assess");
    }
}
