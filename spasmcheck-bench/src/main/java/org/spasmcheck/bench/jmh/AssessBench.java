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
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;

/**
 * One full-evidence assessment: {@link Engine#assess} on all of a development vignette's answers at once
 * (differential, triage, next step, care plan), as {@code POST /api/v1/assess} runs it. Compare with
 * {@link AssessRequestParseBench}, which parses the same request.
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar AssessBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AssessBench {
    @Param({BenchInputs.TYPICAL_VIGNETTE, BenchInputs.EMERGENCY_VIGNETTE, BenchInputs.LARGEST_VIGNETTE})
    public String vignette;

    private Engine engine;
    private AssessmentRequest request;

    @Setup
    public void setUp() {
        engine = new Engine(BenchInputs.knowledgeBase());
        // The audience the API assumes when the body names none.
        request = new AssessmentRequest(BenchInputs.vignette(vignette).evidence(), Audience.PATIENT, 0);
    }

    @Benchmark
    public Assessment assess() {
        return engine.assess(request);
    }
}
