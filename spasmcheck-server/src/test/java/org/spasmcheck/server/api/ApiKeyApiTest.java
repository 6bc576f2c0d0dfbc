package org.spasmcheck.server.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.TestServer;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.service.AccessToken;
import org.spasmcheck.store.Database;

/**
 * Optional API keys of the integration endpoints (stateless assessment, knowledge base): open without keys; with keys
 * configured, a call needs one of them in X-API-Key or "Authorization: ApiKey ..." (missing or wrong: 401 problem
 * naming the header). The person-facing endpoints stay open either way.
 */
class ApiKeyApiTest {
    static final String KEY = "integration-key-" + "x".repeat(40);
    static final String OTHER_KEY = "second-key-" + "y".repeat(40);
    static final List<String> INTEGRATION = List.of("/api/v1/knowledge/version", "/api/v1/knowledge/findings",
            "/api/v1/knowledge/conditions", "/api/v1/knowledge/sources");
    static final String ASSESS = "/api/v1/assess";
    static final String ASSESS_BODY = "{\"evidence\": {\"cramps_at_rest_night\": true}}";

    @TempDir
    Path dir;
    TestServer server;
    ApiClient api;

    private void start(ApiKeys keys) {
        server = TestServer.start(Database.open(Database.defaultSqliteUrl(dir)), ServerSettings.defaults(0).withApiKeys(keys));
        api = new ApiClient(server);
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void withoutKeysConfigured_theIntegrationEndpointsAreOpen() {
        start(ApiKeys.NONE);
        INTEGRATION.forEach(path -> assertThat(api.get(path).status()).as(path).isEqualTo(200));
        assertThat(api.post(ASSESS, ASSESS_BODY).status()).isEqualTo(200);
    }

    @Test
    void withKeysConfigured_aCallWithoutAKey_is401NamingTheHeader() {
        start(ApiKeys.ofHashes(List.of(AccessToken.hash(KEY))));
        for (String path : INTEGRATION) {
            assertUnauthorized(api.get(path));
        }
        assertUnauthorized(api.post(ASSESS, ASSESS_BODY));
    }

    @Test
    void withKeysConfigured_aWrongKey_is401() {
        start(ApiKeys.ofHashes(List.of(AccessToken.hash(KEY))));
        assertUnauthorized(api.post(ASSESS, ASSESS_BODY, ApiKeys.HEADER, KEY + "x"));
        assertUnauthorized(api.get(INTEGRATION.get(0), ApiKeys.HEADER, KEY.substring(1)));
        assertUnauthorized(api.get(INTEGRATION.get(0), "Authorization", "Bearer " + KEY));
        // The hash itself is not the key: a leaked keys file opens nothing.
        assertUnauthorized(api.get(INTEGRATION.get(0), ApiKeys.HEADER, AccessToken.hash(KEY)));
    }

    @Test
    void withKeysConfigured_eachKey_opensTheEndpoints_inEitherHeader() {
        start(ApiKeys.ofHashes(List.of(AccessToken.hash(KEY), AccessToken.hash(OTHER_KEY))));
        for (String path : INTEGRATION) {
            assertThat(api.get(path, ApiKeys.HEADER, KEY).status()).as(path).isEqualTo(200);
            assertThat(api.get(path, "Authorization", "ApiKey " + OTHER_KEY).status()).as(path).isEqualTo(200);
        }
        assertThat(api.post(ASSESS, ASSESS_BODY, ApiKeys.HEADER, OTHER_KEY).status()).isEqualTo(200);
    }

    @Test
    void withKeysConfigured_thePersonFacingEndpoints_stayOpen() {
        start(ApiKeys.ofHashes(List.of(AccessToken.hash(KEY))));
        AssessmentApiTest.Created a = AssessmentApiTest.create(api, "");
        assertThat(api.get(a.path(), "Authorization", a.auth()).status()).isEqualTo(200);
        assertThat(DiaryApiTest.createDiary(api)).isNotBlank();
        assertThat(api.get("/health").status()).isEqualTo(200);
        assertThat(api.get(ApiRoutes.OPENAPI_PATH).status()).isEqualTo(200);
    }

    @Test
    void keysFile_takesHashesWithLabelsAndComments() throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, "# integrations of the clinic\n\n" + AccessToken.hash(KEY) + "  ehr-production\n"
                + AccessToken.hash(OTHER_KEY).toUpperCase(java.util.Locale.ROOT) + "\n");
        ApiKeys keys = ApiKeys.read(file);
        assertThat(keys.size()).isEqualTo(2);
        assertThat(keys).hasToString("ApiKeys[2 key hashes]");
        start(keys);
        assertThat(api.get(INTEGRATION.get(0), ApiKeys.HEADER, OTHER_KEY).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-raw-secret-key", "abc123", "zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz"})
    void keysFile_refusesALineThatIsNotAHash_namingTheLineButNotItsText(String line) throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, AccessToken.hash(KEY) + "\n" + line + "\n");
        assertThatThrownBy(() -> ApiKeys.read(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 2").hasMessageContaining("sha256sum").hasMessageNotContaining(line);
    }

    @Test
    void keysFile_withoutAnyKey_isRefused() throws Exception {
        Path file = dir.resolve("keys.txt");
        Files.writeString(file, "# nothing yet\n");
        assertThatThrownBy(() -> ApiKeys.read(file)).hasMessageContaining("lists no key hash");
    }

    private static void assertUnauthorized(ApiClient.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).startsWith(ApiKeys.AUTHORIZATION_SCHEME);
        assertThat(r.json().get("type").asText()).isEqualTo(Problems.API_KEY_REQUIRED);
        assertThat(r.json().get("detail").asText()).contains(ApiKeys.HEADER);
        assertThat(r.json().get("errors").get(0).get("field").asText()).isEqualTo(ApiKeys.HEADER);
    }
}
