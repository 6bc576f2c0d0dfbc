package org.spasmcheck.bench.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server (zonky embedded, started from the bench) with the durability of a production server.
 * zonky turns {@code synchronous_commit} off by default, which would let a commit return before its WAL is on disk;
 * here it is switched back on, as are {@code fsync} and {@code full_page_writes} (PostgreSQL's own defaults), and
 * the running server is asked for them before any measurement: a server without them is refused.
 * Each measurement gets a fresh database, so runs do not see each other's rows.
 */
public final class DurablePostgres implements AutoCloseable {
    /** The settings that make a commit durable, with the value each must have. */
    public static final Map<String, String> DURABILITY = Map.of(
            "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

    private final EmbeddedPostgres server;
    private final AtomicInteger databases = new AtomicInteger();

    private DurablePostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static DurablePostgres start() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        DURABILITY.forEach(builder::setServerConfig);
        DurablePostgres postgres;
        try {
            postgres = new DurablePostgres(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
        }
        try {
            postgres.requireDurable();
            return postgres;
        } catch (RuntimeException e) {
            postgres.close();
            throw e;
        }
    }

    /** The durability settings as the running server reports them ({@code SHOW}). */
    public Map<String, String> durability() {
        Map<String, String> shown = new LinkedHashMap<>();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            for (String setting : DURABILITY.keySet().stream().sorted().toList()) {
                try (ResultSet r = s.executeQuery("SHOW " + setting)) {
                    r.next();
                    shown.put(setting, r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the PostgreSQL settings", e);
        }
        return shown;
    }

    /** The JDBC URL (with user) of a new, empty database on this server. */
    public String newDatabaseUrl() {
        String name = "bench_" + databases.incrementAndGet();
        try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    private void requireDurable() {
        Map<String, String> shown = durability();
        DURABILITY.forEach((setting, required) -> {
            if (!required.equals(shown.get(setting))) {
                throw new IllegalStateException("PostgreSQL runs with " + setting + "=" + shown.get(setting)
                        + "; the benchmarks need " + setting + "=" + required + " (the durability of a production server)");
            }
        });
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException("the embedded PostgreSQL server did not stop cleanly", e);
        }
    }
}
