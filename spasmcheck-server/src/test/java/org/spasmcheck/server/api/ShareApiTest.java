package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.spasmcheck.server.api.ApiClient.bearer;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.interop.FhirReport;
import org.spasmcheck.server.MovableClock;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.service.ShareService;
import org.spasmcheck.store.Database;

/** The clinician report (PDF, FHIR) and share links; time is moved by the test, never slept. */
class ShareApiTest {
    static final String AUTH = "Authorization";

    @TempDir
    Path dataDir;
    MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
    TestServer server;
    ApiClient api;

    @BeforeEach
    void start() {
        server = TestServer.start(Database.open(Database.defaultSqliteUrl(dataDir)), ServerSettings.defaults(0), clock);
        api = new ApiClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    AssessmentApiTest.Created calfStory() {
        return AssessmentApiTest.create(api, "{\"evidence\": {\"cramp_location\": [\"calf\"], \"age_years\": 67, "
                + "\"sex\": \"female\", \"cramps_at_rest_night\": true, \"cramp_hard_knot\": true, "
                + "\"calf_swelling_one_side\": null}}");
    }

    /** A link's web page or PDF, fetched raw (HTML and PDF are not part of the API contract). */
    HttpResponse<byte[]> open(String url) {
        return ShareApiTestSupport.get(server, url);
    }

    static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Nested
    class Reports {
        @Test
        void pdf_hasTheKeySections_andShowsTheUnknownAnswerAsUnknown() {
            AssessmentApiTest.Created a = calfStory();
            HttpResponse<byte[]> r = ShareApiTestSupport.get(server, a.path() + "/report.pdf", AUTH, a.auth());

            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
            String text = text(r.body());
            assertThat(text).contains("spasmcheck clinician report", "Triage", "Differential", "Suggested workup",
                    "Answers", "Not a diagnosis", a.id(), TestServer.KB.version(), "unknown (asked)");
        }

        @Test
        void fhirBundle_parsesStrictly_andNamesTheKnowledgeBase() {
            AssessmentApiTest.Created a = calfStory();
            ApiClient.Response r = api.get(a.path() + "/report.fhir.json", AUTH, a.auth());

            assertThat(r.status()).isEqualTo(200);
            Bundle bundle = FhirReport.parse(r.body());
            assertThat(bundle.getEntry()).extracting(e -> e.getResource().fhirType())
                    .containsExactly("QuestionnaireResponse", "RiskAssessment", "CarePlan");
            assertThat(r.body()).contains(TestServer.KB.contentHash());
        }

        @Test
        void reportsNeedTheToken() {
            AssessmentApiTest.Created a = calfStory();
            assertThat(api.get(a.path() + "/report.pdf").status()).isEqualTo(404);
            assertThat(api.get(a.path() + "/report.fhir.json", AUTH, bearer("wrong")).status()).isEqualTo(404);
        }
    }

    @Nested
    class ShareLinks {
        JsonNode share(AssessmentApiTest.Created a, String body) {
            ApiClient.Response r = api.post(a.path() + "/shares", body, AUTH, a.auth());
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            return r.json();
        }

        @Test
        void link_opensTheReportPage_andItsPdf_withoutAnyToken() {
            AssessmentApiTest.Created a = calfStory();
            JsonNode link = share(a, "");

            assertThat(link.get("url").asText()).startsWith("/s/");
            assertThat(link.get("include_diary").asBoolean()).isFalse();
            HttpResponse<byte[]> page = open(link.get("url").asText());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("spasmcheck report (shared, read only)", "Differential", a.id());
            HttpResponse<byte[]> pdf = open(link.get("url").asText() + "/report.pdf");
            assertThat(text(pdf.body())).contains("spasmcheck clinician report");
        }

        @Test
        void link_expiresAfterItsDays_exactlyAtTheExpiryInstant() {
            AssessmentApiTest.Created a = calfStory();
            String url = share(a, "{\"expires_in_days\": 2}").get("url").asText();

            clock.advance(Duration.ofDays(2).minusMillis(1));
            assertThat(open(url).statusCode()).isEqualTo(200);
            clock.advance(Duration.ofMillis(1));
            HttpResponse<byte[]> closed = open(url);
            assertThat(closed.statusCode()).isEqualTo(410);
            assertThat(new String(closed.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("This link has expired").doesNotContain(a.id()).doesNotContain("Differential");
            assertThat(open(url + "/report.pdf").statusCode()).isEqualTo(410);
        }

        @Test
        void defaultLink_lastsSevenDays() {
            JsonNode link = share(calfStory(), "");
            assertThat(Duration.between(Instant.parse(link.get("created_at").asText()),
                    Instant.parse(link.get("expires_at").asText()))).isEqualTo(Duration.ofDays(ShareService.DEFAULT_DAYS));
        }

        @Test
        void revokedLink_showsAClearPage_andNoData_andRevokingAgainChangesNothing() {
            AssessmentApiTest.Created a = calfStory();
            JsonNode link = share(a, "");
            String path = a.path() + "/shares/" + link.get("id").asText();

            assertThat(api.delete(path, AUTH, a.auth()).status()).isEqualTo(204);
            HttpResponse<byte[]> closed = open(link.get("url").asText());
            assertThat(closed.statusCode()).isEqualTo(410);
            assertThat(new String(closed.body(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("This link was turned off").doesNotContain(a.id());
            String revokedAt = api.get(a.path() + "/shares", AUTH, a.auth()).json().get("shares").get(0)
                    .get("revoked_at").asText();
            clock.advance(Duration.ofHours(1));
            assertThat(api.delete(path, AUTH, a.auth()).status()).isEqualTo(204);
            assertThat(api.get(a.path() + "/shares", AUTH, a.auth()).json().get("shares").get(0).get("revoked_at")
                    .asText()).isEqualTo(revokedAt);
        }

        @Test
        void unknownLink_is404_andNamesNoData() {
            HttpResponse<byte[]> r = open("/s/" + "A".repeat(43));
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)).contains("This link does not work");
        }

        @Test
        void linkTokens_areStoredOnlyAsHashes() {
            String url = share(calfStory(), "").get("url").asText();
            String token = url.substring("/s/".length());
            assertThat(token).hasSize(43);
            String stored = server.database().jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM share_link")
                    .mapTo(String.class).one());
            assertThat(stored).doesNotContain(token).hasSize(64);
        }

        @Test
        void diaryCannotBeSharedForAnAssessmentWithoutOne_andDaysAreChecked() {
            AssessmentApiTest.Created a = calfStory();
            ApiClient.Response noDiary = api.post(a.path() + "/shares", "{\"include_diary\": true}", AUTH, a.auth());
            assertThat(noDiary.status()).isEqualTo(422);
            assertThat(noDiary.json().get("errors").get(0).get("field").asText()).isEqualTo("include_diary");
            ApiClient.Response tooLong = api.post(a.path() + "/shares", "{\"expires_in_days\": 31}", AUTH, a.auth());
            assertThat(tooLong.status()).isEqualTo(422);
            assertThat(tooLong.json().get("errors").get(0).get("allowed").asText()).contains("1 to 30");
            assertThat(api.get(a.path() + "/shares", AUTH, a.auth()).json().get("shares")).isEmpty();
        }

        @Test
        void linkWithDiary_showsTheDiary_andOneWithoutDoesNot() {
            String key = DiaryApiTest.createDiary(api);
            DiaryApiTest.addNightCalfCramps(api, key, 5);
            JsonNode created = api.post(DiaryRoutes.DIARY + "/assessments", "", AUTH, bearer(key)).json();
            AssessmentApiTest.Created a = new AssessmentApiTest.Created(created.get("id").asText(),
                    created.get("token").asText(), created);

            String with = new String(open(share(a, "{\"include_diary\": true}").get("url").asText()).body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            String without = new String(open(share(a, "{\"include_diary\": false}").get("url").asText()).body(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(with).contains("Cramp diary", "<svg");
            assertThat(without).doesNotContain("Cramp diary").doesNotContain("<svg");
        }
    }
}
