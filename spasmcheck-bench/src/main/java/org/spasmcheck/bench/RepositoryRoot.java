package org.spasmcheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** The spasmcheck checkout the benchmarks read from: the knowledge base, the vignettes, the built jar, the docs. */
public final class RepositoryRoot {
    private RepositoryRoot() {
    }

    /** System property {@code spasmcheck.root} (set by the build), else the nearest directory up with knowledge-base/. */
    public static Path find() {
        String configured = System.getProperty("spasmcheck.root");
        if (configured != null) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("knowledge-base")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from a spasmcheck checkout, or set -Dspasmcheck.root=<checkout>");
    }

    /** The runnable jar that {@code mvn package} builds. */
    public static Path cliJar() {
        Path jar = find().resolve("spasmcheck-cli/target/spasmcheck.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first with mvn -pl spasmcheck-bench -am package");
        }
        return jar;
    }
}
