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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real PostgreSQL: the embedded binaries from Maven Central (zonky), or an existing server when
 * {@code NUMGUARD_PG_URL} is set (then {@code NUMGUARD_PG_USER}/{@code NUMGUARD_PG_PASSWORD} too).
 * Each service gets its own database.
 */
public final class Postgres implements AutoCloseable {
    private final EmbeddedPostgres embedded;
    private Path dataDir;
    private String startOptions;
    private Path pgCtl;
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
            // a run that was killed leaves its data directory behind, and initdb refuses a non-empty one
            deleteTree(dataDir);
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
            Postgres started = new Postgres(pg, "jdbc:postgresql://" + Ports.HOST + ":" + pg.getPort() + "/",
                    "postgres", "postgres");
            started.rememberHowItRuns(dataDir);
            return started;
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /** What a restart needs: pg_ctl beside the running server, and the options it was started with. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private void rememberHowItRuns(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        List<String> opts = tokens(Files.readString(dataDir.resolve("postmaster.opts")));
        Path postgresBinary = Path.of(opts.get(0));
        this.pgCtl = postgresBinary.resolveSibling("pg_ctl");
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < opts.size(); i++) {
            if (opts.get(i).equals("-D")) {
                i++; // the data directory is given to pg_ctl itself
            } else {
                rest.add(opts.get(i));
            }
        }
        this.startOptions = String.join(" ", rest);
    }

    private static List<String> tokens(String postmasterOpts) {
        List<String> tokens = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(postmasterOpts.trim());
        while (m.find()) {
            tokens.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return tokens;
    }

    /** For fault tests: the server stops (fast shutdown, as in a restart by an operator); its data stays. */
    public void stopServer() {
        pgCtl("stop", List.of("-m", "fast"));
    }

    /** Starts the stopped server again with the same data, port and options, and waits until it accepts. */
    public void startServer() {
        pgCtl("start", List.of("-o", startOptions, "-l", dataDir.resolveSibling("postgres.log").toString()));
    }

    private void pgCtl(String action, List<String> args) {
        if (embedded == null) {
            throw new IllegalStateException("an external PostgreSQL is not devstack's to stop or start");
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/unshare"))) {
            // PostgreSQL refuses root; as zonky does, run it as root of a fresh user namespace (unprivileged)
            command.addAll(List.of("/usr/bin/unshare", "-U"));
        }
        command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "-w", "-t", "60"));
        command.addAll(args);
        command.add(action);
        ChildProcess.run("pg_ctl " + action, command, dataDir.getParent(), Map.of(),
                dataDir.resolveSibling("pg_ctl.log"), Duration.ofSeconds(90));
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
