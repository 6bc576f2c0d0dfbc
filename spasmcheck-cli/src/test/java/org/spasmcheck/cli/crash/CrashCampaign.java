package org.spasmcheck.cli.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.store.Database;

/**
 * Starts the server on one database, drives interviews, kills the server with SIGKILL at a seeded moment while
 * requests are in flight, restarts it on the same database and checks what it holds; as many times as the settings
 * say. The moments and the answers are seeded; how the threads interleave is not, so two runs with one seed kill at
 * the same times but not at the same requests.
 */
final class CrashCampaign {
    /** Workers stop within milliseconds of the kill (their connections break); a minute only stops a hung test. */
    private static final Duration WORKERS_STOP_TIMEOUT = Duration.ofMinutes(1);
    /** How long to wait for the driver's progress; requests take milliseconds, a busy build machine far longer. */
    private static final Duration PROGRESS_TIMEOUT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 5;

    private final CrashSettings settings;
    private final AnswerGenerator generator;
    private final String databaseName;
    private final List<String> serverArguments;
    private final String jdbcUrl;
    private final Path workDir;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final List<Interview> interviews = new ArrayList<>();
    private long acknowledgedRequests;
    private long acknowledgedAnswers;
    private long requestsInFlightAtKills;
    private long unconfirmedStored;
    private long unconfirmedAbsent;
    private long unconfirmedCreations;

    /**
     * @param serverArguments how {@code serve} finds the database ({@code --data-dir DIR} or {@code --db URL})
     * @param jdbcUrl         the same database, for this JVM to read
     */
    CrashCampaign(CrashSettings settings, KnowledgeBase kb, String databaseName, List<String> serverArguments,
                  String jdbcUrl, Path workDir) {
        this.settings = settings;
        this.generator = new AnswerGenerator(kb);
        this.databaseName = databaseName;
        this.serverArguments = List.copyOf(serverArguments);
        this.jdbcUrl = jdbcUrl;
        this.workDir = workDir;
    }

    CrashFigures run() throws IOException, InterruptedException {
        long started = System.nanoTime();
        Random moments = new Random(settings.seed());
        Interview[] lanes = new Interview[settings.interviews()];
        int killsSurvived = 0;
        ServerProcess server = ServerProcess.start(serverArguments, workDir, http);
        try {
            for (int kill = 1; kill <= settings.kills(); kill++) {
                InterviewDriver driver = killWhileDriving(server, lanes, kill, moments);
                server = ServerProcess.start(serverArguments, workDir, http);
                check(server, driver.touched(), "after kill " + kill);
                killsSurvived++;
            }
            long answersVerified = check(server, interviews, "at the end, every interview");
            return new CrashFigures(databaseName, settings.seed(), killsSurvived, interviews.size(),
                    acknowledgedRequests, acknowledgedAnswers, requestsInFlightAtKills, unconfirmedStored,
                    unconfirmedAbsent, unconfirmedCreations, answersVerified,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            server.close();
        }
    }

    /**
     * Drives interviews until the server has acknowledged a seeded number of requests, waits a seeded moment more,
     * and kills it with a request in flight.
     *
     * @return the driver, stopped, whose interviews the check must look at
     */
    private InterviewDriver killWhileDriving(ServerProcess server, Interview[] lanes, int kill, Random moments)
            throws InterruptedException {
        InterviewDriver driver = new InterviewDriver(api(server), generator, lanes);
        driver.start(settings.seed() * 1_000_003L + kill * (long) lanes.length);
        awaitAcknowledged(driver, CrashSettings.FEWEST_ACKNOWLEDGED_BEFORE_KILL + moments.nextInt(
                CrashSettings.MOST_ACKNOWLEDGED_BEFORE_KILL - CrashSettings.FEWEST_ACKNOWLEDGED_BEFORE_KILL + 1));
        Thread.sleep(moments.nextLong(CrashSettings.LONGEST_KILL_DELAY.toMillis() + 1));
        requestsInFlightAtKills += awaitRequestInFlight(driver);
        assertThat(server.kill()).as("exit status of the server killed with SIGKILL (kill %d)", kill)
                .isEqualTo(ServerProcess.SIGKILL_STATUS);
        driver.awaitStopped(WORKERS_STOP_TIMEOUT);
        tally(driver);
        return driver;
    }

    private SpasmcheckApi api(ServerProcess server) {
        return new SpasmcheckApi(http, server.base());
    }

    /** Waits until the server has acknowledged this many requests of the driver's. */
    private static void awaitAcknowledged(InterviewDriver driver, int requests) throws InterruptedException {
        long deadline = System.nanoTime() + PROGRESS_TIMEOUT.toNanos();
        while (driver.acknowledgedRequests() < requests) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the server acknowledged " + driver.acknowledgedRequests() + " of "
                        + requests + " requests in " + PROGRESS_TIMEOUT);
            }
            driver.assertNoFailure();
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Waits until a request is in flight, so that every kill cuts one off; returns how many are. */
    private static int awaitRequestInFlight(InterviewDriver driver) throws InterruptedException {
        long deadline = System.nanoTime() + PROGRESS_TIMEOUT.toNanos();
        while (driver.requestsInFlight() == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no request in flight for " + PROGRESS_TIMEOUT + ": the workers stopped");
            }
            Thread.onSpinWait();
        }
        return driver.requestsInFlight();
    }

    private void tally(InterviewDriver driver) {
        interviews.addAll(driver.created());
        acknowledgedRequests += driver.acknowledgedRequests();
        acknowledgedAnswers += driver.acknowledgedAnswers();
        unconfirmedCreations += driver.unconfirmedCreations();
    }

    /**
     * Checks the interviews and the number of assessments against the restarted server and its database.
     *
     * @return the answers found in the checked interviews' logs
     */
    private long check(ServerProcess server, Collection<Interview> checked, String when)
            throws IOException, InterruptedException {
        long answers = 0;
        try (Database database = Database.open(jdbcUrl)) {
            StoredStateCheck check = new StoredStateCheck(api(server), database);
            for (Interview interview : checked) {
                try {
                    switch (check.check(interview)) {
                        case STORED -> unconfirmedStored++;
                        case ABSENT -> unconfirmedAbsent++;
                        case NONE -> { }
                    }
                } catch (AssertionError e) {
                    throw new AssertionError(databaseName + ", seed " + settings.seed() + ", " + when + ": "
                            + e.getMessage(), e);
                }
                answers += interview.expectedLog().size();
            }
            assertThat(check.assessments())
                    .as("%s, %s: assessments stored, against those acknowledged and the creations without response",
                            databaseName, when)
                    .isBetween((long) interviews.size(), interviews.size() + unconfirmedCreations);
        }
        return answers;
    }
}
