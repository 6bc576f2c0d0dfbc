package org.spasmcheck.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spasmcheck.cli.eval.Vignette;
import org.spasmcheck.cli.eval.VignetteReader;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.knowledge.KnowledgeFiles;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;

/**
 * The realistic inputs of the benchmarks, read from the repository: the knowledge base in {@code knowledge-base/}
 * and the development vignettes in {@code eval/vignettes/}. The root is the system property
 * {@value #ROOT_PROPERTY} when set, else the nearest directory at or above the working directory that holds both.
 */
public final class BenchInputs {
    public static final String ROOT_PROPERTY = "spasmcheck.root";
    /** 10 answered findings: the median of the development vignettes. */
    public static final String TYPICAL_VIGNETTE = "dev-dpn-01";
    /** 11 answered findings, with a red flag that fires (deep vein thrombosis). */
    public static final String EMERGENCY_VIGNETTE = "dev-dvt-02";
    /** 20 answered findings: the most of any development vignette. */
    public static final String LARGEST_VIGNETTE = "dev-nlc-02";
    /** Its interview asks up to the question cap (30), 25 of them chosen by information gain. */
    public static final String LONG_INTERVIEW_VIGNETTE = "dev-ckd-01";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile KnowledgeBase knowledgeBase;
    private static volatile List<Vignette> vignettes;

    private BenchInputs() {
    }

    /** The repository root. */
    public static Path root() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null) {
            Path dir = Path.of(configured).toAbsolutePath().normalize();
            if (!isRoot(dir)) {
                throw new IllegalStateException("-D" + ROOT_PROPERTY + "=" + configured
                        + " does not hold knowledge-base/ and eval/vignettes/; give the repository's root directory");
            }
            return dir;
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                return dir;
            }
        }
        throw new IllegalStateException("no directory at or above " + start + " holds knowledge-base/ and "
                + "eval/vignettes/; run from the repository or pass -D" + ROOT_PROPERTY + "=DIR");
    }

    /** Loads and validates {@code knowledge-base/} afresh, as {@code spasmcheck serve --kb DIR} does. */
    public static KnowledgeBase loadKnowledgeBase(Path knowledgeBaseDir) {
        return new YamlKnowledgeBaseLoader().load(KnowledgeFiles.fromDirectory(knowledgeBaseDir)).orThrow();
    }

    /** The repository's knowledge base, loaded once per JVM. */
    public static KnowledgeBase knowledgeBase() {
        KnowledgeBase kb = knowledgeBase;
        if (kb == null) {
            kb = loadKnowledgeBase(knowledgeBaseDir());
            knowledgeBase = kb;
        }
        return kb;
    }

    public static Path knowledgeBaseDir() {
        return root().resolve("knowledge-base");
    }

    /** A development vignette, read and checked as {@code spasmcheck eval} reads it. */
    public static Vignette vignette(String id) {
        return vignettes().stream().filter(v -> v.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no vignette '" + id + "' in " + vignetteDir()
                        + "; allowed: " + String.join(", ", vignettes().stream().map(Vignette::id).toList())));
    }

    /**
     * The exact body a client POSTs to {@code /api/v1/assess} for a vignette: its evidence object as written in the
     * vignette file, wrapped as {@code {"evidence": {...}}}, compact.
     */
    public static String assessRequestBody(String id) {
        Path file = vignetteDir().resolve(vignette(id).file());
        try {
            JsonNode evidence = JSON.readTree(Files.readString(file)).get("evidence");
            return JSON.writeValueAsString(JSON.createObjectNode().set("evidence", evidence));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    private static List<Vignette> vignettes() {
        List<Vignette> all = vignettes;
        if (all == null) {
            all = readVignettes();
            vignettes = all;
        }
        return all;
    }

    private static List<Vignette> readVignettes() {
        try {
            VignetteReader.Result result = new VignetteReader(knowledgeBase()).read(vignetteDir());
            if (!result.problems().isEmpty()) {
                throw new IllegalStateException("the vignettes in " + vignetteDir() + " have problems: "
                        + String.join("; ", result.problems()));
            }
            return result.vignettes();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + vignetteDir(), e);
        }
    }

    private static Path vignetteDir() {
        return root().resolve("eval").resolve("vignettes");
    }

    private static boolean isRoot(Path dir) {
        return Files.isDirectory(dir.resolve("knowledge-base")) && Files.isDirectory(dir.resolve("eval").resolve("vignettes"));
    }
}
