package org.spasmcheck.server;

import java.util.List;

/**
 * How the server runs.
 *
 * @param emergencyNumbers the numbers named on emergency pages (default 112 and 911)
 * @param maxBodyBytes     larger request bodies are refused with 413
 */
public record ServerSettings(int port, List<String> emergencyNumbers, long maxBodyBytes) {
    public static final int DEFAULT_PORT = 8080;
    public static final List<String> DEFAULT_EMERGENCY_NUMBERS = List.of("112", "911");
    public static final long MAX_BODY_BYTES = 64 * 1024;

    public ServerSettings {
        emergencyNumbers = List.copyOf(emergencyNumbers);
    }

    public static ServerSettings defaults(int port) {
        return new ServerSettings(port, DEFAULT_EMERGENCY_NUMBERS, MAX_BODY_BYTES);
    }
}
