/**
 * Benchmarks of spasmcheck, each beside its physical floor: JMH benchmarks of the engine, the knowledge-base loader
 * and the report ({@code jmh}); an HTTP load driver against the server's own echo route ({@code load}); raw JDBC
 * inserts beside the answer path ({@code storage}). Results and commands: {@code docs/PERFORMANCE.md}.
 */
package org.spasmcheck.bench;
