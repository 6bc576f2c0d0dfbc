package org.spasmcheck.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The spasmcheck command line: one runnable jar, one subcommand per use. */
@Command(name = "spasmcheck", mixinStandardHelpOptions = true, version = "spasmcheck 0.1.0",
        description = "Find out what is likely behind muscle cramps or spasms, and how urgently to get care. Not a diagnosis.",
        subcommands = {ServeCommand.class, InterviewCommand.class, AssessCommand.class, EvalCommand.class, KbCommand.class,
                DiaryCommand.class, ReportCommand.class})
public final class SpasmcheckCommand implements Runnable {
    /** Exit code for bad input (unknown finding, wrong type, malformed JSON, missing file, wrong diary key). */
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests call execute on it with captured output. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new SpasmcheckCommand());
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
