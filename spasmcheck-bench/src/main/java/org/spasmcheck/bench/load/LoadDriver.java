package org.spasmcheck.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.spasmcheck.bench.Bounds;

/**
 * Drives a {@link Scenario} against a server on this machine (loopback only, see {@link Loopback}) with
 * java.net.http.HttpClient (a fresh one per measurement) over HTTP/1.1 keep-alive connections, and records each
 * request's latency in an HdrHistogram. Every run is bounded in requests and time and stops by itself; each request has its
 * own timeout, so a server that stops answering cannot hold a run past its deadline by more than that.
 *
 * <p>Closed loop ({@link #closedLoop}): N virtual users, each sending its next request when the previous answer came;
 * a warm-up phase runs first and is not recorded. Fixed rate ({@link #fixedRate}): requests start on a schedule
 * whatever the server does, and latency counts from each one's intended start (coordinated omission corrected); for
 * soak tests.
 *
 * <p>Errors are non-2xx responses and failed requests (a request still waiting when the run gives up, after the
 * deadline, the request timeout and a grace, is cancelled and is one too); they are counted and the session starts
 * over. A failure of the harness itself (a scenario that cannot read a response, a request to another host) stops
 * the run and is thrown.
 */
public final class LoadDriver {
    /** The longest a single request may take before it counts as an error. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    /** Time given to users to notice the stop after the deadline and their last request's timeout. */
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int SIGNIFICANT_DIGITS = 3;

    /** {@code concurrency} users as fast as the server answers: {@code warmUp} first (not recorded), then {@code measured}. */
    public LoadResult closedLoop(Scenario scenario, int concurrency, Bounds warmUp, Bounds measured) {
        HttpClient client = newClient();
        run(client, scenario, concurrency, start -> Pacer.closedLoop(start, warmUp));
        return run(client, scenario, concurrency, start -> Pacer.closedLoop(start, measured));
    }

    /**
     * Requests started at {@code perSecond} for the bounds, by at most {@code maxInFlight} users at a time; when all
     * are busy, the next request starts late and its lateness counts in its latency.
     */
    public LoadResult fixedRate(Scenario scenario, double perSecond, Bounds bounds, int maxInFlight) {
        return run(newClient(), scenario, maxInFlight, start -> Pacer.fixedRate(start, bounds, perSecond));
    }

    /**
     * A client per measurement: a connection left idle in a shared pool past the server's idle timeout (Jetty: 30 s)
     * is closed by the server, and the next request on it fails ("header parser received no bytes").
     */
    private static HttpClient newClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private interface PacerFactory {
        Pacer startingAt(long startNanos);
    }

    private static LoadResult run(HttpClient client, Scenario scenario, int users, PacerFactory pacing) {
        if (users < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1, got " + users);
        }
        URI target = Loopback.require(scenario.target());
        Run run = new Run(client, scenario, target);
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        List<VirtualUser> virtualUsers = new ArrayList<>();
        AtomicReference<Pacer> pacer = new AtomicReference<>();
        for (int i = 0; i < users; i++) {
            VirtualUser user = new VirtualUser(run, go, pacer);
            virtualUsers.add(user);
            Thread t = new Thread(user, "load-user-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ClientCpu cpuBefore = ClientCpu.now();
        long start = System.nanoTime();
        Pacer p = pacing.startingAt(start);
        pacer.set(p);
        go.countDown();
        joinAll(threads, p);
        double seconds = (System.nanoTime() - start) / 1e9;
        ClientCpu cpuAfter = ClientCpu.now();
        if (run.fatal.get() != null) {
            throw run.fatal.get();
        }
        Histogram all = new Histogram(SIGNIFICANT_DIGITS);
        long userCpu = 0;
        for (VirtualUser user : virtualUsers) {
            all.add(user.latencies);
            userCpu += user.cpuNanos;
        }
        return LoadResult.of(run.requests.get(), run.errors.get(), all, seconds,
                cpuAfter.shareSince(cpuBefore, userCpu), run.firstError.get());
    }

    private static void joinAll(List<Thread> threads, Pacer pacer) {
        long giveUp = pacer.deadlineNanos + REQUEST_TIMEOUT.toNanos() + STOP_GRACE.toNanos();
        try {
            for (Thread t : threads) {
                t.join(Math.max(1, (giveUp - System.nanoTime()) / 1_000_000));
            }
            if (threads.stream().anyMatch(Thread::isAlive)) {
                // A request the client did not time out (a machine too busy to run its timer, say): interrupting
                // the user cancels it, and it counts as an error.
                pacer.stop();
                threads.forEach(Thread::interrupt);
                for (Thread t : threads) {
                    t.join(STOP_GRACE.toMillis());
                }
                if (threads.stream().anyMatch(Thread::isAlive)) {
                    throw new IllegalStateException("virtual users did not stop when interrupted, "
                            + STOP_GRACE.toSeconds() + " s after the deadline and the request timeout");
                }
            }
        } catch (InterruptedException e) {
            pacer.stop();
            threads.forEach(Thread::interrupt);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the virtual users", e);
        }
    }

    /** What the users of one run share. */
    private static final class Run {
        final HttpClient client;
        final Scenario scenario;
        final URI target;
        final AtomicLong requests = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final AtomicReference<String> firstError = new AtomicReference<>();
        final AtomicReference<RuntimeException> fatal = new AtomicReference<>();

        Run(HttpClient client, Scenario scenario, URI target) {
            this.client = client;
            this.scenario = scenario;
            this.target = target;
        }

        HttpResponse<byte[]> send(HttpRequest request) throws IOException, InterruptedException {
            URI uri = request.uri();
            if (!uri.getAuthority().equals(target.getAuthority())) {
                Loopback.require(uri);
            }
            HttpRequest bounded = request.timeout().isPresent() ? request
                    : HttpRequest.newBuilder(request, (name, value) -> true).timeout(REQUEST_TIMEOUT).build();
            return client.send(bounded, HttpResponse.BodyHandlers.ofByteArray());
        }

        void error(String what) {
            errors.incrementAndGet();
            firstError.compareAndSet(null, what);
        }
    }

    /** One virtual user: its own session state and latency histogram, so nothing is shared per request. */
    private static final class VirtualUser implements Runnable {
        final Histogram latencies = new Histogram(SIGNIFICANT_DIGITS);
        long cpuNanos;
        private final Run run;
        private final CountDownLatch go;
        private final AtomicReference<Pacer> pacer;

        VirtualUser(Run run, CountDownLatch go, AtomicReference<Pacer> pacer) {
            this.run = run;
            this.go = go;
            this.pacer = pacer;
        }

        @Override
        public void run() {
            try {
                go.await();
            } catch (InterruptedException e) {
                return;
            }
            long cpuStart = ClientCpu.currentThreadNanos();
            Pacer p = pacer.get();
            try {
                loop(p);
            } catch (RuntimeException e) {
                run.fatal.compareAndSet(null, e);
                p.stop();
            } finally {
                cpuNanos = ClientCpu.currentThreadNanos() - cpuStart;
            }
        }

        private void loop(Pacer p) {
            Step step = run.scenario.start();
            for (long start = p.next(); start != Pacer.NO_MORE; start = p.next()) {
                run.requests.incrementAndGet();
                HttpResponse<byte[]> response;
                try {
                    response = run.send(step.request());
                } catch (IOException e) {
                    run.error(e.getClass().getSimpleName() + " (" + e.getMessage() + ") on " + step.request().method()
                            + " " + step.request().uri().getPath());
                    step = run.scenario.start();
                    continue;
                } catch (InterruptedException e) {
                    run.error("still waiting at the deadline plus the request timeout: " + step.request().method()
                            + " " + step.request().uri().getPath());
                    Thread.currentThread().interrupt();
                    return;
                }
                long end = System.nanoTime();
                if (response.statusCode() / 100 != 2) {
                    run.error(response.statusCode() + " on " + step.request().method() + " "
                            + step.request().uri().getPath());
                    step = run.scenario.start();
                    continue;
                }
                latencies.recordValue(end - start);
                Optional<Step> next = step.then().apply(response);
                step = next.isPresent() ? next.get() : run.scenario.start();
            }
        }
    }
}
