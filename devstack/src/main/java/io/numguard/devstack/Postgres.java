package io.numguard.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * A real PostgreSQL: the embedded binaries from Maven Central (zonky), or an existing server when
 * {@code NUMGUARD_PG_URL} is set (then {@code NUMGUARD_PG_USER}/{@code NUMGUARD_PG_PASSWORD} too).
 * Each service gets its own database.
 */
public final class Postgres implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private final String baseUrl;
    private final String user;
    private final String password;

    private Postgres(EmbeddedPostgres embedded, String baseUrl, String user, String password) {
        this.embedded = embedded;
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    public static Postgres start(int port, Path dataDir) {
        var external = Settings.get("numguard.pg.url");
        if (external.isPresent()) {
            String url = external.get().endsWith("/") ? external.get() : external.get() + "/";
            Postgres pg = new Postgres(null, url, Settings.get("numguard.pg.user").orElse("postgres"),
                    Settings.get("numguard.pg.password").orElse("postgres"));
            pg.checkConnection();
            return pg;
        }
        Ports.requireFree("PostgreSQL", port, "NUMGUARD_PG_PORT");
        try {
            Files.createDirectories(dataDir.getParent());
            Path log = dataDir.resolveSibling("postgres.log");
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(port)
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", Ports.HOST)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new Postgres(pg, "jdbc:postgresql://" + Ports.HOST + ":" + pg.getPort() + "/", "postgres",
                    "postgres");
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    private void checkConnection() {
        try (Connection ignored = DriverManager.getConnection(baseUrl + "postgres", user, password)) {
            // reachable
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + baseUrl + ": " + e.getMessage(), e);
        }
    }

    /** Creates the database when it does not exist yet; a service's Flyway migrations do the rest. */
    public String createDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits, '_': " + name);
        }
        try (Connection c = DriverManager.getConnection(baseUrl + "postgres", user, password);
             PreparedStatement q = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            q.setString(1, name);
            try (ResultSet rs = q.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + name + ": " + e.getMessage(), e);
        }
        return jdbcUrl(name);
    }

    public String jdbcUrl(String database) {
        return baseUrl + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public int port() {
        return embedded != null ? embedded.getPort() : -1;
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                System.err.println("devstack: PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }
}
