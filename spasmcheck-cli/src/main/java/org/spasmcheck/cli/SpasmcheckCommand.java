package org.spasmcheck.cli;

import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The spasmcheck command line: one runnable jar, one subcommand per use. */
@Command(name = "spasmcheck", mixinStandardHelpOptions = true, version = "spasmcheck 0.1.0",
        description = "Find out what is likely behind muscle cramps or spasms, and how urgently to get care. Not a diagnosis.")
public final class SpasmcheckCommand implements Runnable {
    /** The subcommands, in the order that help lists them. */
    private static final List<Class<?>> SUBCOMMANDS = List.of(ServeCommand.class, InterviewCommand.class,
            AssessCommand.class, EvalCommand.class, KbCommand.class, DiaryCommand.class, ReportCommand.class);

    /** Exit code for bad input (unknown finding, wrong type, malformed JSON, missing file, wrong diary key). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLineFor(args).execute(args));
    }

    /** The configured command line with every subcommand; tests call execute on it with captured output. */
    public static CommandLine commandLine() {
        return configured(SUBCOMMANDS);
    }

    /**
     * The command line for these arguments: with only the subcommand they name, when they name one. Why: picocli
     * reads the annotations of every command it is given, and for all of them that is a third of a cold start; help,
     * the version and a mistyped name still get the whole command line.
     */
    static CommandLine commandLineFor(String... args) {
        Optional<Class<?>> named = args.length == 0 ? Optional.empty()
                : SUBCOMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst();
        if (named.isEmpty()) {
            return commandLine();
        }
        return configured(List.of(named.get()));
    }

    /** Handlers are set after the subcommands are added: picocli passes them on only to the commands it has then. */
    private static CommandLine configured(List<Class<?>> subcommands) {
        CommandLine cl = new CommandLine(new SpasmcheckCommand());
        subcommands.forEach(cl::addSubcommand);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            if (ex instanceof BadInputException bad) {
                // One line per problem (an episode can have several fields at fault).
                bad.getMessage().lines().forEach(line -> cmd.getErr().println("spasmcheck: " + line));
                return BAD_INPUT;
            }
            throw ex;
        });
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("spasmcheck: " + ex.getMessage());
            ex.getCommandLine().usage(ex.getCommandLine().getErr());
            return BAD_INPUT;
        });
        return cl;
    }
}
