package org.spasmcheck.bench.storage;

/**
 * One row of the storage suite: a way of recording answers on one database, beside the raw insert floor there.
 *
 * @param answers      answers recorded in the measured rounds
 * @param seconds      the time spent in those writes (preparation between them is not counted)
 * @param perSecond    answers per second of write time
 * @param cpuMillis    CPU time per answer of the writing thread (the database server's is not counted)
 * @param ratioToFloor perSecond divided by the raw insert floor's on the same database (1 for the floor itself)
 * @param ratioToWrites perSecond divided by the raw insert+snapshot floor's: the same writes as the answer path
 */
public record StorageFigure(String database, String path, long answers, double seconds, double perSecond,
                            double p50Millis, double p99Millis, double cpuMillis, double ratioToFloor,
                            double ratioToWrites) {
}
