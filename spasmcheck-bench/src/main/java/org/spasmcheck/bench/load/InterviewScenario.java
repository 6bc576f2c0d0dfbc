package org.spasmcheck.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.spasmcheck.bench.Vignette;

/**
 * A whole stateful interview through the JSON API: create the assessment with a vignette's opening answers, then
 * answer each question the API asks, from the vignette, until the API says the interview is finished. Vignettes are
 * taken in turn, so the mix of short (emergency) and long interviews is that of the development set.
 */
final class InterviewScenario implements Scenario {
    static final String ASSESSMENTS = "/api/v1/assessments";
    /** More answers than any interview asks (the knowledge base's question cap is far lower): a harness failure. */
    private static final int MAX_ANSWERS = 100;

    private final URI target;
    private final List<Vignette> vignettes;
    private final AtomicInteger turn = new AtomicInteger();
    /** Interviews the API declared finished: the soak reports them beside its request count. */
    private final java.util.concurrent.atomic.AtomicLong finished = new java.util.concurrent.atomic.AtomicLong();

    InterviewScenario(URI target, List<Vignette> vignettes) {
        if (vignettes.isEmpty()) {
            throw new IllegalArgumentException("an interview needs at least one vignette");
        }
        this.target = target;
        this.vignettes = List.copyOf(vignettes);
    }

    long interviewsFinished() {
        return finished.get();
    }

    @Override
    public String name() {
        return "interview";
    }

    @Override
    public URI target() {
        return target;
    }

    @Override
    public Step start() {
        return create(vignettes.get(Math.floorMod(turn.getAndIncrement(), vignettes.size())));
    }

    /** The interview state after a response: who it is, and what the API said last. */
    record Session(Vignette vignette, String id, String token, int answers, JsonNode state) {
        boolean finished() {
            return state.get("finished").asBoolean();
        }

        String authorization() {
            return "Bearer " + token;
        }
    }

    Step create(Vignette v) {
        ObjectNode body = Requests.JSON.createObjectNode();
        body.set("evidence", v.initial());
        HttpRequest request = Requests.postJson(target, ASSESSMENTS, Requests.bytes(body));
        return new Step(request, response -> answer(created(v, response)));
    }

    static Session created(Vignette v, HttpResponse<byte[]> response) {
        JsonNode state = Requests.json(response);
        return new Session(v, state.get("id").asText(), state.get("token").asText(), 0, state);
    }

    /** The next answer of the session, or empty when the API says the interview is finished. */
    Optional<Step> answer(Session s) {
        if (s.finished()) {
            finished.incrementAndGet();
            return Optional.empty();
        }
        if (s.answers() >= MAX_ANSWERS) {
            throw new IllegalStateException("the interview of vignette " + s.vignette().id() + " was not finished after "
                    + MAX_ANSWERS + " answers");
        }
        JsonNode question = s.state().get("next_question");
        String finding = question.get("finding").asText();
        ObjectNode body = Requests.JSON.createObjectNode();
        body.putObject("answers").set(finding, s.vignette().answer(finding, question.get("type").asText()));
        HttpRequest request = Requests.postJson(target, ASSESSMENTS + "/" + s.id() + "/answers", Requests.bytes(body),
                "Authorization", s.authorization());
        return Optional.of(new Step(request, response -> answer(answered(s, response))));
    }

    static Session answered(Session s, HttpResponse<byte[]> response) {
        return new Session(s.vignette(), s.id(), s.token(), s.answers() + 1, Requests.json(response));
    }
}
