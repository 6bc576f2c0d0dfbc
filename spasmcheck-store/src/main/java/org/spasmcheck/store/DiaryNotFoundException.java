package org.spasmcheck.store;

/** No diary with this id. */
public final class DiaryNotFoundException extends RuntimeException {
    public DiaryNotFoundException(String id) {
        super("no diary " + id);
    }
}
