package org.spasmcheck.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.spasmcheck.engine.diary.DiaryAnswer;
import org.spasmcheck.engine.diary.DiaryPatterns;
import org.spasmcheck.engine.diary.Episode;
import org.spasmcheck.server.api.DiaryJson;
import org.spasmcheck.server.service.DiaryNotAccessibleException;
import org.spasmcheck.server.service.DiaryService;
import org.spasmcheck.server.service.DiarySummary;
import org.spasmcheck.server.service.EpisodeDraft;
import org.spasmcheck.server.service.FieldProblem;
import org.spasmcheck.server.service.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spasmcheck diary new|add|list|patterns}: the episode diary on the local database. */
@Command(name = "diary", mixinStandardHelpOptions = true,
        description = "Keep an episode diary: write down each cramp, see the patterns a clinician asks about.",
        subcommands = {DiaryCommand.New.class, DiaryCommand.Add.class, DiaryCommand.ListEpisodes.class,
                DiaryCommand.Patterns.class})
final class DiaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs a use case that needs the diary key; a key that opens nothing is bad input. */
    static <T> T withKey(Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (DiaryNotAccessibleException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    @Command(name = "new", mixinStandardHelpOptions = true, description = "Create a diary and print its key.")
    static final class New implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        KnowledgeOption knowledge;

        @Mixin
        DatabaseOption database;

        @Override
        public Integer call() {
            try (LocalServices services = LocalServices.open(knowledge, database)) {
                DiaryService.CreatedDiary diary = services.context().diaries().create();
                PrintWriter out = spec.commandLine().getOut();
                out.println(diary.key());
                out.println("This is the diary's key: keep it safe, because it cannot be shown again and nothing else "
                        + "opens the diary.");
                out.flush();
            }
            return 0;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Write down one episode; prints its id. The key comes from the environment variable "
                    + DiaryKeyOption.ENVIRONMENT_VARIABLE + " or --key.")
    static final class Add implements Callable<Integer> {
        /** The option that gives each field of the episode, for messages. */
        private static final Map<String, String> OPTIONS = Map.of("start", "--start", "duration_seconds", "--duration",
                "muscle_group", "--site", "side", "--side", "intensity", "--intensity", "trigger", "--trigger",
                "helped", "--helped", "note", "--note");

        @Spec
        CommandSpec spec;

        @Mixin
        KnowledgeOption knowledge;

        @Mixin
        DatabaseOption database;

        @Mixin
        DiaryKeyOption key;

        @Option(names = "--start", paramLabel = "DATE_TIME",
                description = "required: when it began, your local time, e.g. 2026-12-03T23:10")
        String start;

        @Option(names = "--duration", paramLabel = "DURATION", description = "required: how long it lasted: 90s, 2m, 1h30m")
        String duration;

        @Option(names = "--site", paramLabel = "SITE", description = "required: the muscle group, e.g. calf, foot, front_thigh")
        String site;

        @Option(names = "--side", paramLabel = "SIDE", description = "required: left, right, both or middle")
        String side;

        @Option(names = "--intensity", paramLabel = "0-10", description = "required: 0 (none) to 10 (worst)")
        String intensity;

        @Option(names = "--trigger", paramLabel = "TRIGGER",
                description = "required: night_rest, exercise, heat, walking, standing or other")
        String trigger;

        @Option(names = "--helped", paramLabel = "TEXT", description = "what eased it")
        String helped;

        @Option(names = "--note", paramLabel = "TEXT", description = "anything else")
        String note;

        @Override
        public Integer call() {
            String diaryKey = key.key();
            OptionalLong seconds = duration == null ? OptionalLong.empty() : Durations.seconds(duration);
            Integer level = wholeNumber(intensity);
            EpisodeDraft draft = new EpisodeDraft(start, seconds.isPresent() ? seconds.getAsLong() : null, site, side,
                    level, trigger, helped, note);
            try (LocalServices services = LocalServices.open(knowledge, database)) {
                Episode added = withKey(() -> services.context().diaries().add(diaryKey, draft));
                spec.commandLine().getOut().println("stored episode " + added.id());
                spec.commandLine().getOut().flush();
            } catch (InvalidInputException e) {
                throw new BadInputException(String.join("\n", e.problems().stream().map(this::line).toList()));
            }
            return 0;
        }

        /** One field at fault, named by its option, with what is allowed; durations and numbers as they were typed. */
        private String line(FieldProblem p) {
            String message = switch (p.field()) {
                case "duration_seconds" -> duration == null ? "missing"
                        : Durations.seconds(duration).isEmpty() ? "not a duration: " + duration : "out of range: " + duration;
                case "intensity" -> intensity != null && wholeNumber(intensity) == null
                        ? "not a whole number: " + intensity : p.message();
                default -> p.message();
            };
            String allowed = p.field().equals("duration_seconds") ? Durations.ALLOWED : p.allowed();
            return OPTIONS.getOrDefault(p.field(), p.field()) + ": " + message + "; allowed: " + allowed;
        }

        private static Integer wholeNumber(String text) {
            if (text == null || !text.strip().matches("[+-]?\\d{1,9}")) {
                return null;
            }
            return Integer.valueOf(text.strip());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "List the episodes, oldest first: start, site, side, duration, intensity, trigger, helped, note.")
    static final class ListEpisodes implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        KnowledgeOption knowledge;

        @Mixin
        DatabaseOption database;

        @Mixin
        DiaryKeyOption key;

        @Override
        public Integer call() {
            String diaryKey = key.key();
            List<Episode> episodes;
            try (LocalServices services = LocalServices.open(knowledge, database)) {
                episodes = withKey(() -> services.context().diaries().open(diaryKey)).episodes();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (episodes.isEmpty()) {
                out.println("The diary has no episodes yet.");
            }
            for (Episode e : episodes) {
                out.printf(Locale.ROOT, "%-16s  %-14s  %-6s  %-9s  %2d/10  %-10s  helped: %s  note: %s%n", e.start(),
                        e.muscleGroup(), e.side().id(), Durations.format(e.duration()), e.intensity(), e.trigger().id(),
                        oneLine(e.helped()), oneLine(e.note()));
            }
            out.flush();
            return 0;
        }

        /** The person's words on one line: "-" when empty, line breaks shown as " / ". */
        private static String oneLine(String text) {
            return text.isBlank() ? "-" : text.strip().replaceAll("\\R", " / ").replace('\t', ' ');
        }
    }

    @Command(name = "patterns", mixinStandardHelpOptions = true,
            description = "The diary's patterns, the escalations they fire and the interview answers they give.")
    static final class Patterns implements Callable<Integer> {
        enum Format { text, json }

        @Spec
        CommandSpec spec;

        @Mixin
        KnowledgeOption knowledge;

        @Mixin
        DatabaseOption database;

        @Mixin
        DiaryKeyOption key;

        @Option(names = "--format", defaultValue = "text",
                description = "text or json (json: as GET /api/v1/diary/patterns; default: ${DEFAULT-VALUE})")
        Format format;

        @Override
        public Integer call() {
            String diaryKey = key.key();
            DiaryPatterns patterns;
            try (LocalServices services = LocalServices.open(knowledge, database)) {
                patterns = withKey(() -> services.context().diaries().open(diaryKey)).patterns();
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format == Format.json) {
                out.println(DiaryJson.patterns(patterns).toPrettyString());
            } else {
                text(patterns, out);
            }
            out.flush();
            return 0;
        }

        private static void text(DiaryPatterns p, PrintWriter out) {
            DiarySummary.lines(p).forEach(out::println);
            List<String> escalations = DiarySummary.escalations(p);
            out.println(escalations.isEmpty() ? "Escalations: none." : "Escalations:");
            escalations.forEach(e -> out.println("  " + e));
            out.println(p.answers().isEmpty() ? "Interview answers from the diary: none." : "Interview answers from the diary:");
            for (DiaryAnswer a : p.answers()) {
                out.println("  " + a.findingId() + " = " + a.value().display() + " (" + a.basis() + ")");
            }
        }
    }
}
