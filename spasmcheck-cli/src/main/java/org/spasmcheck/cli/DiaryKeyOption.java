package org.spasmcheck.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The diary key: from the environment variable {@value #ENVIRONMENT_VARIABLE} (preferred: it stays out of {@code ps}
 * and the shell history) or from {@code --key}, which wins when both are given.
 */
final class DiaryKeyOption {
    static final String ENVIRONMENT_VARIABLE = "SPASMCHECK_DIARY_KEY";

    @Option(names = "--key", paramLabel = "KEY",
            description = "the diary key; better set the environment variable " + ENVIRONMENT_VARIABLE
                    + ", since a key on the command line shows in ps and the shell history")
    String key;

    String key() {
        return resolve(key, System.getenv());
    }

    /** The key from {@code --key}, else from the environment; names both when neither holds one. */
    static String resolve(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        throw new BadInputException("no diary key: set the environment variable " + ENVIRONMENT_VARIABLE
                + " (preferred) or give --key KEY");
    }
}
