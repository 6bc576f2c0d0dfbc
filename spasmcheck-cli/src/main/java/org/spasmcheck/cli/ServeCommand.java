package org.spasmcheck.cli;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.spasmcheck.engine.Engine;
import org.spasmcheck.engine.model.KnowledgeBase;
import org.spasmcheck.server.ServerContext;
import org.spasmcheck.server.ServerSettings;
import org.spasmcheck.server.SpasmcheckServer;
import org.spasmcheck.server.security.ApiKeys;
import org.spasmcheck.server.security.FormKey;
import org.spasmcheck.server.security.RateLimit;
import org.spasmcheck.server.security.RateLimits;
import org.spasmcheck.server.service.AssessmentService;
import org.spasmcheck.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code spasmcheck serve}: the web interview and the JSON API on the embedded SQLite file or PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web interview and the JSON API (http://localhost:8080 by default).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    KnowledgeOption knowledge;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE})")
    int port;

    @Mixin
    DatabaseOption databaseOption;

    @Option(names = "--emergency-number", paramLabel = "NUMBER",
            description = "emergency number named on emergency pages; repeat for several (default: 112 and 911)")
    List<String> emergencyNumbers;

    @Option(names = "--creation-limit", paramLabel = "N/PERIOD",
            description = "new assessments, diaries and share links per client address, e.g. 30/10m (default: "
                    + "30/10m; period in s, m or h)")
    String creationLimit;

    @Option(names = "--assess-limit", paramLabel = "N/PERIOD",
            description = "stateless assessments (POST /api/v1/assess) per client address (default: 120/1m; not "
                    + "applied with --api-keys-file)")
    String assessLimit;

    @Option(names = "--no-rate-limits",
            description = "switch the per-address rate limits off (benchmarks and load tests from one address)")
    boolean noRateLimits;

    @Option(names = "--api-keys-file", paramLabel = "FILE",
            description = "require an API key on the integration endpoints (POST /api/v1/assess, /api/v1/knowledge/*): "
                    + "FILE lists the SHA-256 hashes of the keys, one a line (printf %%s \"$KEY\" | sha256sum); "
                    + "see docs/SECURITY.md")
    Path apiKeysFile;

    @Option(names = "--form-key-file", paramLabel = "FILE",
            description = "a secret (32+ random characters) that signs the web forms' CSRF tokens; give every process "
                    + "behind one load balancer the same file (default: a random key per process)")
    Path formKeyFile;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port must be from 0 to 65535, got " + port);
        }
        ServerSettings settings = settings();
        KnowledgeBase kb = knowledge.load();
        Database database = databaseOption.open();
        // The system zone is the diary's "today" and the reports' time zone.
        ServerContext context = ServerContext.of(kb, database, settings, Clock.systemDefaultZone(), new SecureRandom());
        Javalin app = SpasmcheckServer.create(context).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            database.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().printf("spasmcheck serving on http://localhost:%d (database: %s, knowledge base %s)%n",
                app.port(), database.kind(), kb.version());
        spec.commandLine().getOut().printf("rate limits per address: %s; API keys on the integration endpoints: %s%n",
                settings.rateLimits().creations() == null ? "off" : "creations " + settings.rateLimits().creations()
                        + ", stateless assessments " + (settings.apiKeys().isOn() || settings.rateLimits().oneShots() == null
                        ? "unlimited" : settings.rateLimits().oneShots()),
                settings.apiKeys().isOn() ? settings.apiKeys().size() + " configured" : "off (open)");
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }

    /** The settings the options ask for; bad values are {@link BadInputException}s naming the option. */
    ServerSettings settings() {
        ServerSettings settings = new ServerSettings(port,
                emergencyNumbers == null || emergencyNumbers.isEmpty() ? ServerSettings.DEFAULT_EMERGENCY_NUMBERS
                        : emergencyNumbers, ServerSettings.MAX_BODY_BYTES);
        if (noRateLimits && (creationLimit != null || assessLimit != null)) {
            throw new BadInputException("--no-rate-limits cannot be combined with --creation-limit or --assess-limit");
        }
        settings = settings.withRateLimits(noRateLimits ? RateLimits.OFF : new RateLimits(
                limit("--creation-limit", creationLimit, RateLimits.DEFAULT_CREATIONS),
                limit("--assess-limit", assessLimit, RateLimits.DEFAULT_ONE_SHOTS)));
        if (apiKeysFile != null) {
            settings = settings.withApiKeys(apiKeys());
        }
        if (formKeyFile != null) {
            settings = settings.withFormKey(formKey());
        }
        return settings;
    }

    private static RateLimit limit(String option, String text, RateLimit fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return RateLimit.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": " + e.getMessage());
        }
    }

    private ApiKeys apiKeys() {
        if (!Files.isReadable(apiKeysFile)) {
            throw new BadInputException("--api-keys-file: cannot read " + apiKeysFile);
        }
        try {
            return ApiKeys.read(apiKeysFile);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--api-keys-file: " + e.getMessage());
        }
    }

    private FormKey formKey() {
        try {
            return FormKey.fromSecret(Files.readString(formKeyFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BadInputException("--form-key-file: cannot read " + formKeyFile);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--form-key-file: " + e.getMessage());
        }
    }
}
