package org.spasmcheck.cli;

/** Input the user can fix: reported as one clear line with exit code 2, never a stack trace. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(message);
    }
}
