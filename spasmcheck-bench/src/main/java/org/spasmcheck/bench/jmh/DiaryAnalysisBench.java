package org.spasmcheck.bench.jmh;

import java.util.List;
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
import org.spasmcheck.engine.diary.DiaryAnalyzer;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.Episode;

/**
 * Diary pattern analysis ({@link DiaryAnalyzer}: rates, trend, shares, escalation rules and the interview answers
 * they give) over a year of episodes, about three a week ({@link DiaryYear}).
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar DiaryAnalysisBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DiaryAnalysisBench {
    private DiaryAnalyzer analyzer;
    private List<Episode> year;

    @Setup
    public void setUp() {
        analyzer = new DiaryAnalyzer(BenchInputs.knowledgeBase());
        year = DiaryYear.generate(DiaryYear.SEED, DiaryYear.AS_OF);
    }

    @Benchmark
    public DiaryPatterns analyze() {
        return analyzer.analyze(year, DiaryYear.AS_OF);
    }
}
