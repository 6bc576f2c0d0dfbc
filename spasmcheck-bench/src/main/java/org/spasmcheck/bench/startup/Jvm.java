package org.spasmcheck.bench.startup;

import java.nio.file.Path;

/** The JVM that runs the benchmarks: every process they start uses the same one, so that ratios compare like with like. */
final class Jvm {
    private Jvm() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    static Path jcmd() {
        return Path.of(System.getProperty("java.home"), "bin", "jcmd");
    }
}
