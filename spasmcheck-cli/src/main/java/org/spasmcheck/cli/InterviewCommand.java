package org.spasmcheck.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.spasmcheck.engine.Assessment;
import org.spasmcheck.engine.AssessmentRequest;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.Audience;
import org.spasmcheck.engine.model.Evidence;
import org.spasmcheck.engine.model.Finding;
import org.spasmcheck.engine.model.Value;
import org.spasmcheck.engine.questions.Question;
import org.spasmcheck.engine.questions.StopReason;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spasmcheck interview}: one question at a time, in a terminal or through a pipe. */
@Command(name = "interview", mixinStandardHelpOptions = true,
        description = "Answer questions one at a time; get the likely causes, how urgently to get care, and what to do.")
final class InterviewCommand implements Callable<Integer> {
    static final String BACK = "back";

    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Override
    public Integer call() {
        Engine engine = knowledge.engine();
        PrintWriter out = spec.commandLine().getOut();
        try (Prompter prompter = Prompter.forConsole(out)) {
            introduce(engine, out);
            Assessment result = interview(engine, prompter, out);
            if (result.stopReason() == StopReason.EMERGENCY) {
                out.println();
                out.println("STOP. This may be an emergency.");
            }
            out.println();
            TextReport.print(result, out);
        }
        return 0;
    }

    private static void introduce(Engine engine, PrintWriter out) {
        out.println("spasmcheck: questions about your muscle cramps or spasms (about 2 minutes).");
        out.println(engine.knowledgeBase().disclaimer().strip());
        out.println("Call an ambulance now if you have chest pain, trouble breathing, a leg that suddenly turned cold and pale,");
        out.println("or stiff jaw and body spasms. At each question type ? if you don't know, or back to change your last answer.");
        out.println();
        out.flush();
    }

    private static Assessment interview(Engine engine, Prompter prompter, PrintWriter out) {
        Evidence evidence = Evidence.EMPTY;
        Deque<String> asked = new ArrayDeque<>();
        Assessment a = engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, 0));
        while (!a.finished()) {
            Question q = a.nextQuestion().orElseThrow();
            printQuestion(q, asked.size() + 1, out);
            String line = prompter.readLine("> ");
            if (line == null) {
                out.println("(end of input: here is the result so far)");
                break;
            }
            if (line.strip().equalsIgnoreCase(BACK)) {
                if (!asked.isEmpty()) {
                    evidence = evidence.without(asked.pop());
                }
            } else {
                Optional<Value> answer = AnswerParser.parse(q.finding(), line);
                if (answer.isEmpty()) {
                    out.println("Sorry, I did not understand. " + AnswerParser.hint(q.finding()));
                    continue;
                }
                evidence = evidence.with(q.finding().id(), answer.get());
                asked.push(q.finding().id());
            }
            a = engine.assess(new AssessmentRequest(evidence, Audience.PATIENT, asked.size()));
        }
        return a;
    }

    private static void printQuestion(Question q, int number, PrintWriter out) {
        Finding f = q.finding();
        out.println();
        out.println("Question " + number + ": " + f.question());
        if (!q.explanation().isBlank()) {
            out.println("  (Why we ask: " + q.explanation().strip() + ")");
        }
        List<String> options = switch (f.type()) {
            case BOOLEAN -> List.of("yes", "no");
            case CHOICE, MULTI_CHOICE -> f.options();
            case NUMBER -> List.of();
        };
        for (int i = 0; i < options.size(); i++) {
            out.println("  " + (i + 1) + ") " + (f.type() == org.spasmcheck.engine.model.FindingType.BOOLEAN
                    ? options.get(i) : f.optionLabel(options.get(i))));
        }
        out.println("  " + AnswerParser.hint(f));
        out.flush();
    }
}
