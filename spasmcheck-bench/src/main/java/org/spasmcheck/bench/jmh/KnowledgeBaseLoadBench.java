package org.spasmcheck.bench.jmh;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.spasmcheck.engine.model.KnowledgeBase;

/**
 * Loading the knowledge base: reading {@code knowledge-base/*.yaml} from the directory, parsing, validating and
 * building the immutable {@link KnowledgeBase}, as {@code spasmcheck serve --kb knowledge-base} does at startup.
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar KnowledgeBaseLoadBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class KnowledgeBaseLoadBench {
    private Path dir;

    @Setup
    public void setUp() {
        dir = BenchInputs.knowledgeBaseDir();
    }

    @Benchmark
    public KnowledgeBase load() {
        return BenchInputs.loadKnowledgeBase(dir);
    }
}
