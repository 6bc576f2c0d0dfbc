package org.spasmcheck.cli;

import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
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

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new BadInputException("--port must be from 0 to 65535, got " + port);
        }
        KnowledgeBase kb = knowledge.load();
        Database database = databaseOption.open();
        ServerSettings settings = new ServerSettings(port,
                emergencyNumbers == null || emergencyNumbers.isEmpty() ? ServerSettings.DEFAULT_EMERGENCY_NUMBERS
                        : emergencyNumbers, ServerSettings.MAX_BODY_BYTES);
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
        spec.commandLine().getOut().flush();
        stopped.await();
        return 0;
    }
}
