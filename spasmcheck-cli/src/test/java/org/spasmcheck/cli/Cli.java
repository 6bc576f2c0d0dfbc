package org.spasmcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the spasmcheck command line in-process with captured output and exit code. */
record Cli(int exitCode, String out, String err) {

    static Cli run(String... args) {
        return runWithInput("", args);
    }

    static Cli runWithInput(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            // The command line that main builds for these arguments (only the subcommand they name).
            CommandLine cl = SpasmcheckCommand.commandLineFor(args);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(err, true));
            int code = cl.execute(args);
            return new Cli(code, out.toString(), err.toString());
        } finally {
            System.setIn(original);
        }
    }

    /** The last non-empty line of standard output. */
    String lastLine() {
        String[] lines = out.strip().split("\n");
        return lines[lines.length - 1];
    }
}
