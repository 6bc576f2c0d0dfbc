package org.spasmcheck.server.service;

/**
 * No diary opens with this key. One exception for a wrong key, a missing key and an unknown diary alike, so that
 * nobody can find out which diaries exist.
 */
public final class DiaryNotAccessibleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DiaryNotAccessibleException() {
        super("no diary opens with this key");
    }
}
