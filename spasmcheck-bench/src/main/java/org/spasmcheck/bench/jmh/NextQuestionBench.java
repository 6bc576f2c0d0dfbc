package org.spasmcheck.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spasmcheck.cli.eval.SimulatedPatient;
import org.spasmcheck.cli.eval.Vignette;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.questions.NextStep;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.questions.QuestionReason;
import org.spasmcheck.engine.questions.QuestionSelector;

/**
 * Next-question selection over the whole knowledge base ({@link QuestionSelector#next}) when it comes down to
 * expected information gain: every askable finding is weighed against the differential, which is computed
 * beforehand. The states are taken from the simulated interview of {@link BenchInputs#LONG_INTERVIEW_VIGNETTE}:
 * {@link Stage#EARLY} is the first state chosen by information gain (the opening and red-flag screens answered, 10
 * answers), {@link Stage#MID} the state after half the question cap (15 questions, 20 answers).
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar NextQuestionBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NextQuestionBench {
    public enum Stage { EARLY, MID }

    @Param
    public Stage stage;

    private QuestionSelector selector;
    private Assessment state;
    private int questionsAsked;

    @Setup
    public void setUp() {
        Engine engine = new Engine(BenchInputs.knowledgeBase());
        selector = new QuestionSelector(engine.model());
        Vignette vignette = BenchInputs.vignette(BenchInputs.LONG_INTERVIEW_VIGNETTE);
        SimulatedPatient patient = new SimulatedPatient(vignette.evidence());
        int midpoint = engine.knowledgeBase().interview().questionCap() / 2;
        Evidence evidence = vignette.initialEvidence();
        Assessment a = engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, 0));
        for (int asked = 0; !a.finished(); asked++) {
            boolean byGain = a.nextQuestion().orElseThrow().reason() == QuestionReason.INFORMATION_GAIN;
            if (stage == Stage.EARLY && byGain || stage == Stage.MID && asked == midpoint) {
                requireChosenByGain(a);
                state = a;
                questionsAsked = asked;
                return;
            }
            Question q = a.nextQuestion().orElseThrow();
            evidence = evidence.with(q.finding().id(), patient.answer(q.finding()));
            a = engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, asked + 1));
        }
        throw new IllegalStateException("the interview of " + vignette.id() + " stopped before the " + stage
                + " state; choose another vignette for this benchmark");
    }

    @Benchmark
    public NextStep next() {
        return selector.next(state.evidence(), state.differential(), state.triage(), Audience.PATIENT, questionsAsked);
    }

    private static void requireChosenByGain(Assessment a) {
        if (a.nextQuestion().map(Question::reason).orElse(null) != QuestionReason.INFORMATION_GAIN) {
            throw new IllegalStateException("the benchmark state is not chosen by information gain: " + a.next());
        }
    }
}
