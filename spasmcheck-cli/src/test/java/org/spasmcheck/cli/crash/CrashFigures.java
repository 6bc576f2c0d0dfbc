package org.spasmcheck.cli.crash;

import java.time.Duration;
import java.util.Locale;

/**
 * What one crash run did and found; every kill counted here was followed by a check that found nothing lost.
 *
 * @param requestsInFlightAtKills requests sent and not yet answered at the moments of the kills (summed)
 * @param unconfirmedStored       requests that got no response and were found stored whole
 * @param unconfirmedAbsent       requests that got no response and were found not stored at all
 * @param unconfirmedCreations    creations that got no response (nobody holds their token; counted in the bound
 *                                on the number of assessments)
 * @param answersVerified         answers found in the final check of every interview
 */
record CrashFigures(String database, long seed, int killsSurvived, int interviews, long acknowledgedRequests,
                    long acknowledgedAnswers, long requestsInFlightAtKills, long unconfirmedStored,
                    long unconfirmedAbsent, long unconfirmedCreations, long answersVerified, Duration elapsed) {

    String summary() {
        return String.format(Locale.ROOT, "%s (seed %d): %d kills survived with nothing lost; %d interviews, "
                        + "%d acknowledged requests holding %d answers, all stored (%d answers verified at the end); "
                        + "%d requests in flight at the kills: %d answer requests stored whole, %d not at all, "
                        + "%d creations unconfirmed; %d s",
                database, seed, killsSurvived, interviews, acknowledgedRequests, acknowledgedAnswers, answersVerified,
                requestsInFlightAtKills, unconfirmedStored, unconfirmedAbsent, unconfirmedCreations,
                elapsed.toSeconds());
    }
}
