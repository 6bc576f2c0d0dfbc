package org.spasmcheck.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
import org.spasmcheck.knowledge.EvidenceReader;
import org.spasmcheck.server.api.AssessRequestBody;
import org.spasmcheck.server.json.AssessmentJson;

/**
 * Parsing the request of {@link AssessBench}: the exact body a client POSTs to {@code /api/v1/assess} for the same
 * vignette. {@link #parseRequest} is what the server does before it assesses (strict Jackson tree, field checks,
 * every answer checked against the knowledge base into evidence, from the bytes as
 * received with their Content-Type); {@link #readTree} is the raw Jackson parse alone,
 * the floor under it.
 *
 * <p>Run from the repository root: {@code java -jar spasmcheck-bench/target/benchmarks.jar AssessRequestParseBench -prof gc}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AssessRequestParseBench {
    @Param({BenchInputs.TYPICAL_VIGNETTE, BenchInputs.EMERGENCY_VIGNETTE, BenchInputs.LARGEST_VIGNETTE})
    public String vignette;

    private byte[] body;
    private EvidenceReader reader;

    @Setup
    public void setUp() {
        body = BenchInputs.assessRequestBody(vignette).getBytes(StandardCharsets.UTF_8);
        reader = new EvidenceReader(BenchInputs.knowledgeBase());
    }

    @Benchmark
    public AssessRequestBody parseRequest() {
        return AssessRequestBody.parse(body, "application/json", reader);
    }

    @Benchmark
    public JsonNode readTree() throws IOException {
        return AssessmentJson.MAPPER.readTree(body);
    }
}
