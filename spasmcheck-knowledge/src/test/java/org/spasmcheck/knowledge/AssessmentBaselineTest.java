package org.spasmcheck.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.differential.RankedCondition;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.triage.Triage;

/**
 * Performance work must not change a single result: the full assessment and the next question for seeded random
 * answer sets (with and without several present red flags, for both audiences) are compared with a record taken
 * before the engine was optimised ({@code assessment-baseline.txt}). Probabilities are compared bit for bit (as a
 * digest of their exact bits); the expected gain of the next question to 9 decimals, since it is shown rounded.
 *
 * <p>To re-record after a deliberate change of results (never for a speed-up):
 * {@code mvn -pl spasmcheck-knowledge -am verify -Dtest=AssessmentBaselineTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dspasmcheck.baseline.write=/abs/path/spasmcheck-knowledge/src/test/resources/assessment-baseline.txt}.
 */
class AssessmentBaselineTest {
    static final KnowledgeBase KB = YamlKnowledgeBaseLoader.shipped();
    static final Engine ENGINE = new Engine(KB);
    private static final int SEEDS = 300;
    /** Up to this many present red flags are added, so that triage examines up to 2^6 evidence subsets. */
    private static final int MAX_ADDED_RED_FLAGS = 6;
    private static final int INTERVIEW_STEPS = 15;

    @Test
    void assessmentsAndNextQuestions_areUnchangedFromTheRecordedBaseline() throws IOException {
        List<String> actual = baselineLines();
        String target = System.getProperty("spasmcheck.baseline.write");
        if (target != null) {
            Files.write(Path.of(target), actual, StandardCharsets.UTF_8);
        }
        List<String> expected;
        try (InputStream in = AssessmentBaselineTest.class.getResourceAsStream("/assessment-baseline.txt")) {
            assertThat(in).as("assessment-baseline.txt on the test class path").isNotNull();
            expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(actual).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).as("case %d", i).isEqualTo(expected.get(i));
        }
    }

    static List<String> baselineLines() {
        List<String> redFlags = new ArrayList<>(Triage.redFlagFindings(KB));
        java.util.Collections.sort(redFlags);
        List<String> lines = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            RandomEvidence random = new RandomEvidence(KB, seed);
            Evidence plain = random.next(25);
            Evidence withRedFlags = plain;
            int added = random.random().nextInt(MAX_ADDED_RED_FLAGS + 1);
            for (int i = 0; i < added; i++) {
                withRedFlags = withRedFlags.with(random.pick(redFlags), Value.of(true));
            }
            for (Audience audience : Audience.values()) {
                lines.add(line(seed + " plain " + audience, plain, audience));
                lines.add(line(seed + " red-flags " + audience, withRedFlags, audience));
                interview(seed, audience, new HashSet<>(redFlags), lines);
            }
        }
        return lines;
    }

    /**
     * Random answers alone nearly always fire an emergency rule, which stops the interview before any question is
     * chosen for its information; so the interview is also followed step by step, red-flag screens answered "no"
     * and every other question at random, recording each step.
     */
    private static void interview(long seed, Audience audience, Set<String> redFlags, List<String> lines) {
        RandomEvidence random = new RandomEvidence(KB, seed);
        Evidence evidence = Evidence.EMPTY;
        for (int step = 0; step < INTERVIEW_STEPS; step++) {
            Assessment a = ENGINE.assess(new AssessmentRequest(evidence, audience, step));
            lines.add(line(seed + " interview " + audience + " step " + step, evidence, audience));
            if (a.nextQuestion().isEmpty()) {
                return;
            }
            Finding f = a.nextQuestion().get().finding();
            evidence = evidence.with(f.id(), redFlags.contains(f.id()) ? Value.of(false) : random.value(f));
        }
    }

    private static String line(String label, Evidence evidence, Audience audience) {
        Assessment a = ENGINE.assess(new AssessmentRequest(evidence, audience, evidence.size()));
        StringBuilder exactBits = new StringBuilder();
        for (RankedCondition r : a.differential().ranked()) {
            exactBits.append(r.condition().id()).append('=').append(Double.toHexString(r.probability())).append(';');
        }
        exactBits.append("other=").append(Double.toHexString(a.differential().otherProbability())).append(';');
        a.triage().floors().forEach(f ->
                exactBits.append(f.condition().id()).append('@').append(Double.toHexString(f.probability())).append(';'));
        String rules = a.triage().firedRules().stream().map(r -> r.id()).collect(Collectors.joining(","));
        String next = a.nextQuestion().map(AssessmentBaselineTest::describe).orElse("stop " + a.stopReason());
        return label + " | triage " + a.triage().level() + " rules [" + rules + "] | " + next
                + " | probabilities " + sha256(exactBits.toString());
    }

    private static String describe(Question q) {
        return "ask " + q.finding().id() + " " + q.reason() + " " + q.ruleId() + " separates " + q.separates()
                + String.format(Locale.ROOT, " gain %.9f", q.expectedGainBits());
    }

    private static String sha256(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
