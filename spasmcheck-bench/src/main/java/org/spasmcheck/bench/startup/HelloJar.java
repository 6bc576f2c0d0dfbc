package org.spasmcheck.bench.startup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** The start-up floor: a jar whose main prints one line, compiled here by the same JDK that runs the benchmarks. */
final class HelloJar {
    private static final String SOURCE = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("hello");
                }
            }
            """;

    private HelloJar() {
    }

    /** Writes {@code hello.jar} into {@code dir} and returns its path. */
    static Path build(Path dir) throws IOException {
        Path source = Files.writeString(dir.resolve("Hello.java"), SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null || javac.run(null, null, null, "-d", dir.toString(), source.toString()) != 0) {
            throw new IllegalStateException("cannot compile the hello-world jar: a JDK (not a JRE) must run the benchmarks");
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        Path jar = dir.resolve("hello.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            out.putNextEntry(new JarEntry("Hello.class"));
            out.write(Files.readAllBytes(dir.resolve("Hello.class")));
            out.closeEntry();
        }
        return jar;
    }
}
