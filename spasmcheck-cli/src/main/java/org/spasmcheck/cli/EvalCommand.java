package org.spasmcheck.cli;

import org.spasmcheck.server.json.AssessmentJson;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.spasmcheck.cli.eval.EvaluationMode;
import org.spasmcheck.cli.eval.EvaluationSummary;
import org.spasmcheck.cli.eval.VignetteOutcome;
import org.spasmcheck.cli.eval.VignetteReader;
import org.spasmcheck.cli.eval.VignetteRunner;
import org.spasmcheck.engine.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spasmcheck eval --vignettes DIR [--mode full|interview] [--max-questions N] [--format text|json]} (VIGNETTES.md). */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Run vignettes and report accuracy and safety. Exit 0 when the run completed, whatever the scores.")
final class EvalCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--vignettes", required = true, paramLabel = "DIR", description = "directory of vignette *.json files")
    Path dir;

    @Option(names = "--mode", defaultValue = "full", description = "full or interview (default: ${DEFAULT-VALUE})")
    EvaluationMode mode;

    @Option(names = "--max-questions", defaultValue = "40", paramLabel = "N", description = "question limit in interview mode (default: ${DEFAULT-VALUE})")
    int maxQuestions;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--verbose", description = "text format: also list each vignette's questions and answers, and its top causes")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new BadInputException("vignette directory not found: " + dir);
        }
        if (maxQuestions < 0) {
            throw new BadInputException("--max-questions must be 0 or more, got " + maxQuestions);
        }
        Engine engine = knowledge.engine();
        VignetteReader.Result read = new VignetteReader(engine.knowledgeBase()).read(dir);
        if (!read.problems().isEmpty()) {
            throw new BadInputException("invalid vignettes, nothing evaluated:\n  " + String.join("\n  ", read.problems()));
        }
        List<VignetteOutcome> outcomes = new VignetteRunner(engine, mode, maxQuestions).run(read.vignettes());
        EvaluationSummary summary = EvaluationSummary.of(mode, outcomes);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.text) {
            printTable(outcomes, out, verbose);
        }
        out.println(format == Format.json ? json(summary) : text(summary));
        out.flush();
        return 0;
    }

    private static void printTable(List<VignetteOutcome> outcomes, PrintWriter out, boolean verbose) {
        out.printf(Locale.ROOT, "%-24s %-34s %4s %-20s %-20s %3s %s%n", "vignette", "expected cause", "rank", "triage",
                "expected triage", "q", "flag");
        for (VignetteOutcome o : outcomes) {
            out.printf(Locale.ROOT, "%-24s %-34s %4s %-20s %-20s %3d %s%n", o.vignette().id(), o.vignette().cause(),
                    o.rank() == 0 ? "-" : Integer.toString(o.rank()), o.triage().id(), o.vignette().triage().id(),
                    o.questions(), o.underTriaged() ? "UNDER-TRIAGE" : o.overTriaged() ? "over" : "");
            if (verbose) {
                out.println("    top: " + o.topCause() + "; asked: " + String.join(", ", o.asked()));
            }
        }
    }

    static String text(EvaluationSummary s) {
        return String.format(Locale.ROOT, "mode=%s n=%d top1=%.3f top3=%.3f triage_exact=%.3f triage_safe=%.3f "
                        + "over_triage=%.3f questions_median=%.1f questions_p90=%.1f under_triage=%s",
                s.mode(), s.n(), s.top1(), s.top3(), s.triageExact(), s.triageSafe(), s.overTriage(),
                s.questionsMedian(), s.questionsP90(), s.underTriage());
    }

    static String json(EvaluationSummary s) {
        ObjectNode o = AssessmentJson.MAPPER.createObjectNode();
        o.put("mode", s.mode());
        o.put("n", s.n());
        o.put("top1", s.top1());
        o.put("top3", s.top3());
        o.put("triage_exact", s.triageExact());
        o.put("triage_safe", s.triageSafe());
        ArrayNode under = o.putArray("under_triage");
        s.underTriage().forEach(under::add);
        o.put("over_triage", s.overTriage());
        o.put("questions_median", s.questionsMedian());
        o.put("questions_p90", s.questionsP90());
        return o.toString();
    }
}
