package org.spasmcheck.bench.startup;

/**
 * The server's memory when idle, after start-up and one assessment, measured from outside the process.
 *
 * @param usedAfterFullGcBytes the live heap: what is in use right after a full collection ({@code jcmd GC.run})
 * @param committedBytes       the heap the JVM has taken from the system at that moment
 * @param residentBytes        the whole process's resident memory (heap, metaspace, code, threads)
 */
public record IdleHeap(long usedAfterFullGcBytes, long committedBytes, long residentBytes) {
}
