package org.spasmcheck.bench.load;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.spasmcheck.bench.Bounds;

/**
 * When each virtual user sends its next request, and when the run is over. Both kinds stop at the bounds and when
 * told to.
 */
abstract sealed class Pacer {
    /** Returned by {@link #next()} when no request is to be sent any more. */
    static final long NO_MORE = Long.MIN_VALUE;

    final long startNanos;
    final long deadlineNanos;
    private volatile boolean stopped;

    private Pacer(long startNanos, Bounds bounds) {
        this.startNanos = startNanos;
        this.deadlineNanos = startNanos + bounds.maxDuration().toNanos();
    }

    /** Each user sends as soon as its previous response came (closed loop), up to the bounds. */
    static Pacer closedLoop(long startNanos, Bounds bounds) {
        return new ClosedLoop(startNanos, bounds);
    }

    /** Requests start on a fixed schedule of {@code perSecond}, whatever the responses do (open loop). */
    static Pacer fixedRate(long startNanos, Bounds bounds, double perSecond) {
        return new FixedRate(startNanos, bounds, perSecond);
    }

    /**
     * The time (System.nanoTime) from which the next request's latency counts, after waiting for it if need be;
     * {@link #NO_MORE} when the run is over.
     */
    final long next() {
        return stopped ? NO_MORE : nextStart();
    }

    final void stop() {
        stopped = true;
    }

    abstract long nextStart();

    private static final class ClosedLoop extends Pacer {
        private final AtomicLong remaining;

        ClosedLoop(long startNanos, Bounds bounds) {
            super(startNanos, bounds);
            this.remaining = new AtomicLong(bounds.maxRequests());
        }

        @Override
        long nextStart() {
            long now = System.nanoTime();
            if (now - deadlineNanos >= 0 || remaining.getAndDecrement() <= 0) {
                return NO_MORE;
            }
            return now;
        }
    }

    /**
     * Request i is meant to start at start + i / rate. Its latency counts from then, even when every user was still
     * busy at that moment: that is the correction for coordinated omission (the waiting is part of the latency a
     * real caller would see).
     */
    private static final class FixedRate extends Pacer {
        private final AtomicLong slots = new AtomicLong();
        private final long maxRequests;
        private final double intervalNanos;

        FixedRate(long startNanos, Bounds bounds, double perSecond) {
            super(startNanos, bounds);
            if (!(perSecond > 0)) {
                throw new IllegalArgumentException("the rate must be positive requests per second, got " + perSecond);
            }
            this.maxRequests = bounds.maxRequests();
            this.intervalNanos = 1e9 / perSecond;
        }

        @Override
        long nextStart() {
            long slot = slots.getAndIncrement();
            long intended = startNanos + (long) (slot * intervalNanos);
            if (slot >= maxRequests || intended - deadlineNanos >= 0) {
                return NO_MORE;
            }
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
                if (Thread.currentThread().isInterrupted()) {
                    return NO_MORE;
                }
            }
            return intended;
        }
    }
}
