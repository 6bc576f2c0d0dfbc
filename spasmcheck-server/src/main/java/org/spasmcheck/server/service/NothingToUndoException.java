package org.spasmcheck.server.service;

/** "Undo the last answer" on an assessment without answers. */
public final class NothingToUndoException extends RuntimeException {
    public NothingToUndoException() {
        super("there is no answer to undo");
    }
}
