package org.spasmcheck.server.api;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.spasmcheck.server.TestServer;

/** A fresh server with its own SQLite data directory for each API test, and a client that checks the contract. */
abstract class ApiTestSupport {
    @TempDir
    Path dataDir;
    TestServer server;
    ApiClient api;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        api = new ApiClient(server);
    }

    @AfterEach
    void stop() {
        server.close();
    }
}
