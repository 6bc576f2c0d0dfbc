package org.spasmcheck.bench.storage;

/** Something that records answers durably, timed one answer at a time: the raw insert floor or the answer path. */
interface AnswerWriter extends AutoCloseable {
    /** Short name for the result table. */
    String name();

    /** Untimed preparation of the next write (e.g. starting a new interview when the last one is finished). */
    void prepare();

    /** Records one answer; committed when this returns. */
    void write();

    @Override
    void close();
}
