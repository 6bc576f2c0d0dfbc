package org.spasmcheck.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.spasmcheck.bench.Vignette;

/**
 * An assessment whose interview is finished with a result page (not stopped for an emergency), made through the API
 * before the result-page and report scenarios run, which then read it again and again.
 */
record FinishedAssessment(String id, String token) {
    private static final String EMERGENCY = "emergency";

    /** Plays the vignettes' interviews in turn until one finishes without an emergency stop. */
    static FinishedAssessment create(URI target, List<Vignette> vignettes) {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        InterviewScenario interview = new InterviewScenario(Loopback.require(target), vignettes);
        for (Vignette v : vignettes) {
            InterviewScenario.Session s = InterviewScenario.created(v, send(client, interview.create(v).request()));
            while (!s.finished()) {
                s = InterviewScenario.answered(s, send(client, interview.answer(s).orElseThrow().request()));
            }
            if (!EMERGENCY.equals(s.state().at("/result/interview/stop_reason").asText())) {
                return new FinishedAssessment(s.id(), s.token());
            }
        }
        throw new IllegalStateException("every vignette's interview stopped for an emergency; none has a result page");
    }

    String resultPage() {
        return "/a/" + id + "/result";
    }

    String reportPdf() {
        return InterviewScenario.ASSESSMENTS + "/" + id + "/report.pdf";
    }

    /** The cookie the web pages of this assessment need. */
    String[] cookieHeader() {
        return new String[] {"Cookie", "spasmcheck_token=" + token};
    }

    String[] bearerHeader() {
        return new String[] {"Authorization", "Bearer " + token};
    }

    private static HttpResponse<byte[]> send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("setting up a finished assessment: " + response.statusCode() + " on "
                        + request.method() + " " + request.uri().getPath());
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException("setting up a finished assessment: " + request.uri().getPath(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while setting up a finished assessment", e);
        }
    }
}
