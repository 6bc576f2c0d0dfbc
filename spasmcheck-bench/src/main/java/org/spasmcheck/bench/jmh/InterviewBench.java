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
import org.spasmcheck.cli.eval.EvaluationMode;
import org.spasmcheck.cli.eval.Vignette;
import org.spasmcheck.cli.eval.VignetteOutcome;
import org.spasmcheck.cli.eval.VignetteRunner;
import org.spasmcheck.engine.Engine;

/**
 * A whole simulated interview, as {@code spasmcheck eval --mode interview} runs it: from the vignette's chief
 * complaint, the engine asks and a simulated patient answers from the vignette until the engine stops. One
 * assessment per question, so this is about (questions + 1) assessments.
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar InterviewBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class InterviewBench {
    /** 7 questions; none (an emergency red flag stops it at once); the question cap of 30. */
    @Param({BenchInputs.TYPICAL_VIGNETTE, BenchInputs.EMERGENCY_VIGNETTE, BenchInputs.LONG_INTERVIEW_VIGNETTE})
    public String vignette;

    private VignetteRunner runner;
    private Vignette patient;

    @Setup
    public void setUp() {
        runner = new VignetteRunner(new Engine(BenchInputs.knowledgeBase()), EvaluationMode.interview,
                VignetteRunner.DEFAULT_MAX_QUESTIONS);
        patient = BenchInputs.vignette(vignette);
    }

    @Benchmark
    public VignetteOutcome interview() {
        return runner.run(patient);
    }
}
