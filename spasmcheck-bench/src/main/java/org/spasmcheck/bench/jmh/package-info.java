/**
 * JMH benchmarks of the engine, the knowledge-base loader, the request parsing, the diary analysis and the PDF
 * report, with realistic inputs from {@code knowledge-base/} and {@code eval/vignettes/}.
 *
 * <p>Build: {@code mvn -pl spasmcheck-bench -am package -DskipTests}. From the repository root, the whole suite as a
 * table with the allocation per operation: {@code java -cp spasmcheck-bench/target/benchmarks.jar
 * org.spasmcheck.bench.jmh.JmhSuite}; one benchmark with JMH's own options, e.g.
 * {@code java -jar spasmcheck-bench/target/benchmarks.jar AssessBench -prof gc}. The goal of issue 5 compares
 * {@link org.spasmcheck.bench.jmh.AssessBench} and {@link org.spasmcheck.bench.jmh.NextQuestionBench} with
 * {@link org.spasmcheck.bench.jmh.AssessRequestParseBench}.
 */
package org.spasmcheck.bench.jmh;
