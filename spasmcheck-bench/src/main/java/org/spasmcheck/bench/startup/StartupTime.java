package org.spasmcheck.bench.startup;

/**
 * How long one command takes from process start to exit, over several interleaved runs.
 *
 * @param ratioToFloor median over the hello-world jar's median on the same JVM (1 for the floor itself)
 */
public record StartupTime(String command, int runs, double medianMillis, double minMillis, double ratioToFloor) {
}
