package org.spasmcheck.cli;

import org.spasmcheck.server.json.AssessmentJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.knowledge.EvidenceProblem;
import org.spasmcheck.knowledge.EvidenceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spasmcheck assess --evidence FILE [--format text|json]}: one-shot assessment of an evidence file. */
@Command(name = "assess", mixinStandardHelpOptions = true,
        description = "Assess an evidence file: a JSON object of finding id to answer (VIGNETTES.md 'evidence'), or a vignette.")
final class AssessCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--evidence", required = true, paramLabel = "FILE", description = "evidence JSON file")
    Path evidenceFile;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
        Engine engine = knowledge.engine();
        JsonNode json = JsonFiles.read(evidenceFile);
        // A whole vignette may be given too: its "evidence" object is used.
        JsonNode object = json.has("evidence") && json.get("evidence").isObject() ? json.get("evidence") : json;
        EvidenceReader.Result result = new EvidenceReader(engine.knowledgeBase()).read(object);
        if (!result.ok()) {
            throw new BadInputException("bad evidence in " + evidenceFile + ": "
                    + result.problems().stream().map(EvidenceProblem::format).collect(Collectors.joining("; ")));
        }
        Assessment a = engine.assess(new AssessmentRequest(result.evidence(), Audience.CLINICIAN, 0));
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.println(AssessmentJson.of(a).toPrettyString());
            out.flush();
        } else {
            TextReport.print(a, out);
        }
        return 0;
    }
}
