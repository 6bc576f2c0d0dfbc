package org.spasmcheck.server.security;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.javalin.http.Handler;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

/**
 * One {@link RateLimit} applied per client address, with a Bucket4j token bucket for each address. Time comes from the
 * server's clock, so tests move it instead of waiting. The buckets live in this process only: several processes behind
 * a load balancer each allow the full limit.
 */
public final class RateLimiter {
    /** Past this many addresses, buckets that are full again are dropped: a full bucket is the same as none. */
    static final int TRACKED_ADDRESSES = 10_000;
    /** An IPv6 client usually holds a whole /64, so it counts as one address. */
    private static final int IPV6_NETWORK_BYTES = 8;

    private final RateLimit limit;
    private final TimeMeter time;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** @param limit null for no limit */
    public RateLimiter(RateLimit limit, Clock clock) {
        this.limit = limit;
        this.time = new ClockTime(clock);
    }

    public boolean isOn() {
        return limit != null;
    }

    /** Takes one request from the address's bucket, or throws {@link RateLimitedException} when it is empty. */
    public void take(String clientAddress) {
        if (limit == null) {
            return;
        }
        if (buckets.size() >= TRACKED_ADDRESSES) {
            buckets.values().removeIf(b -> b.getAvailableTokens() >= limit.requests());
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key(clientAddress), k -> newBucket())
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            throw new RateLimitedException(wholeSeconds(probe.getNanosToWaitForRefill()));
        }
    }

    /** The handler, run only when the client's address has a request left. */
    public Handler limit(Handler handler) {
        return ctx -> {
            take(ctx.ip());
            handler.handle(ctx);
        };
    }

    private Bucket newBucket() {
        return Bucket.builder().withCustomTimePrecision(time)
                .addLimit(l -> l.capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()))
                .build();
    }

    /** Retry-After takes whole seconds; rounding up means the retry is never too early. */
    static long wholeSeconds(long nanos) {
        return Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    /** The address as the bucket's key: IPv4 as it is, IPv6 by its /64 network. */
    static String key(String address) {
        String literal = address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (!literal.contains(":")) {
            return literal;
        }
        try {
            // A literal address: getByName parses it without any DNS lookup.
            byte[] bytes = InetAddress.getByName(literal).getAddress();
            return bytes.length == 16 ? "ipv6:" + Arrays.toString(Arrays.copyOf(bytes, IPV6_NETWORK_BYTES)) : literal;
        } catch (UnknownHostException e) {
            return literal;
        }
    }

    /** The server's clock as Bucket4j's time source. */
    private record ClockTime(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            Instant now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
