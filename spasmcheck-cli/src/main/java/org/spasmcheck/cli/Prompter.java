package org.spasmcheck.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Reads one line of input after a prompt; null at end of input. */
interface Prompter extends AutoCloseable {
    String readLine(String prompt);

    @Override
    default void close() {
    }

    /** JLine with line editing on a real terminal; a plain reader when input comes from a pipe or a file. */
    static Prompter forConsole(PrintWriter out) {
        if (System.console() == null) {
            return plain(System.in, out);
        }
        try {
            Terminal terminal = TerminalBuilder.builder().system(true).build();
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).build();
            return new Prompter() {
                @Override
                public String readLine(String prompt) {
                    try {
                        return reader.readLine(prompt);
                    } catch (EndOfFileException | UserInterruptException e) {
                        return null;
                    }
                }

                @Override
                public void close() {
                    try {
                        terminal.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            };
        } catch (IOException e) {
            return plain(System.in, out);
        }
    }

    static Prompter plain(InputStream in, PrintWriter out) {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        return prompt -> {
            out.print(prompt);
            out.flush();
            try {
                String line = reader.readLine();
                if (line != null) {
                    out.println(line);
                }
                return line;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
