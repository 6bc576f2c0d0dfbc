package org.spasmcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.spasmcheck.knowledge.KnowledgeBaseException;
import org.spasmcheck.knowledge.KnowledgeFiles;
import org.spasmcheck.knowledge.LoadResult;
import org.spasmcheck.knowledge.ValidationIssue;
import org.spasmcheck.knowledge.YamlKnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spasmcheck kb check [DIR]}. */
@Command(name = "kb", description = "Work with the knowledge base.", subcommands = {KbCommand.Check.class, KbCommand.Explain.class},
        mixinStandardHelpOptions = true)
final class KbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Validate a knowledge-base directory (default: the shipped one). Exit 1 with the list of issues on errors.")
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "DIR", description = "knowledge-base directory")
        Path dir;

        @Override
        public Integer call() {
            if (dir != null && !java.nio.file.Files.isDirectory(dir)) {
                throw new BadInputException("knowledge-base directory not found: " + dir);
            }
            var out = spec.commandLine().getOut();
            KnowledgeFiles files;
            try {
                files = dir == null ? KnowledgeFiles.fromClasspath() : KnowledgeFiles.fromDirectory(dir);
            } catch (KnowledgeBaseException e) {
                // Files that cannot even be read as text: the same issue lines, then the verdict.
                e.issues().forEach(i -> out.println(i.format()));
                out.printf("FAILED %s: %d errors, 0 warnings%n", dir, e.issues().size());
                return 1;
            }
            LoadResult result = new YamlKnowledgeBaseLoader().load(files);
            result.issues().forEach(i -> out.println(i.format()));
            long errors = result.errors().size();
            long warnings = result.issues().stream().filter(i -> i.level() == ValidationIssue.Level.WARNING).count();
            result.knowledgeBase().ifPresentOrElse(
                    kb -> out.printf("OK %s: knowledge base %s, %d conditions, %d findings, %d rules, %d sources, sha256 %s (%d warnings)%n",
                            files.origin(), kb.version(), kb.conditions().size(), kb.findings().size(), kb.rules().size(),
                            kb.sources().size(), kb.contentHash(), warnings),
                    () -> out.printf("FAILED %s: %d errors, %d warnings%n", files.origin(), errors, warnings));
            return errors == 0 ? 0 : 1;
        }
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "List, for one condition, the likelihood ratio every single answer would apply, with its source (for review).")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @picocli.CommandLine.Mixin
        KnowledgeOption knowledge;

        @Parameters(paramLabel = "CONDITION", description = "condition id")
        String conditionId;

        @Override
        public Integer call() {
            org.spasmcheck.engine.Engine engine = knowledge.engine();
            var kb = engine.knowledgeBase();
            int index = kb.conditions().stream().map(c -> c.id()).toList().indexOf(conditionId);
            if (index < 0) {
                throw new BadInputException("unknown condition '" + conditionId + "'; allowed: "
                        + String.join(", ", kb.conditions().stream().map(c -> c.id()).toList()));
            }
            var out = spec.commandLine().getOut();
            out.printf("%s (prior %.4f)%n", conditionId, kb.conditions().get(index).prior().value());
            for (var f : kb.findings().values()) {
                for (var value : AnswerExamples.of(f)) {
                    var e = org.spasmcheck.engine.model.Evidence.EMPTY.with(f.id(), value);
                    // For a multi_choice answer only the listed option's own line is shown.
                    var shown = engine.model().score(index, e).contributions().stream()
                            .filter(c -> !(value instanceof org.spasmcheck.engine.model.Value.Choices ch)
                                    || ch.options().contains(c.option()))
                            .toList();
                    for (var c : shown) {
                        out.printf(java.util.Locale.ROOT, "  %-34s %-24s LR %7.3f  %-18s %s%n", f.id(), c.answer(),
                                c.likelihoodRatio(), c.matchType().name().toLowerCase(java.util.Locale.ROOT),
                                c.citation() == null ? "" : c.citation().label());
                    }
                }
            }
            out.flush();
            return 0;
        }
    }
}
