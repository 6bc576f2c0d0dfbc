package org.spasmcheck.store;

/** What an exception would put in a log: its own text and that of every cause. */
final class ExceptionText {

    private ExceptionText() {
    }

    static String fullText(Throwable exception) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            text.append(cause).append('\n');
        }
        return text.toString();
    }
}
