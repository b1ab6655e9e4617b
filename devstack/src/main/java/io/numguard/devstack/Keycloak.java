package io.numguard.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak ({@code org.keycloak:keycloak-quarkus-dist} from Maven Central) in dev mode with its embedded
 * file database, the numguard realm imported fresh at every start. The distribution is unpacked once into
 * {@link Settings#cacheDir()}, outside {@code target/}, so its one-time build step is paid once per machine.
 */
public final class Keycloak implements AutoCloseable {
    public static final String REALM = "numguard";

    private volatile ChildProcess process;
    private final int port;
    private final List<String> command;
    private final Path home;
    private final Map<String, String> env;
    private final Path log;

    private Keycloak(ChildProcess process, int port, List<String> command, Path home, Map<String, String> env,
                     Path log) {
        this.process = process;
        this.port = port;
        this.command = command;
        this.home = home;
        this.env = env;
        this.log = log;
    }

    public static Keycloak start(int port, int managementPort, Path realmFile, Path logDir) {
        Ports.requireFree("Keycloak", port, "NUMGUARD_KEYCLOAK_PORT");
        Ports.requireFree("Keycloak's management interface", managementPort, "NUMGUARD_KEYCLOAK_MANAGEMENT_PORT");
        Path home = install();
        try {
            // a fresh database every start, so the realm file is the single truth; the build in lib/ stays
            KafkaBroker.deleteTree(home.resolve("data/h2"));
            Path imports = home.resolve("data/import");
            KafkaBroker.deleteTree(imports);
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve("numguard-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=" + Ports.HOST, "--http-port=" + port, "--http-management-port=" + managementPort,
                "--import-realm");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        Path log = logDir.resolve("keycloak.log");
        ChildProcess process = ChildProcess.start("Keycloak", command, home, env, log);
        Keycloak keycloak = new Keycloak(process, port, command, home, env, log);
        try {
            // the first start on a machine includes Keycloak's build step: up to a few minutes on 2 cores
            keycloak.awaitReady(Duration.ofMinutes(6));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return keycloak;
    }

    private void awaitReady(Duration timeout) {
        Readiness.await("Keycloak", timeout, process,
                () -> Readiness.httpOk(issuer() + "/.well-known/openid-configuration"));
    }

    /** For fault tests: Keycloak stops (as in an outage); its database, so its realm keys, stay. */
    public synchronized void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** Starts the stopped Keycloak again on the same port and database, and waits until it answers. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("Keycloak is running");
        }
        process = ChildProcess.start("Keycloak", command, home, env, log);
        awaitReady(Duration.ofMinutes(3));
    }

    /** Unpacks the distribution from the local Maven repository into the cache, once. */
    static synchronized Path install() {
        Properties build = buildProperties();
        String version = build.getProperty("keycloak.version");
        Path home = Settings.cacheDir().resolve("keycloak-" + version);
        Path marker = home.resolve(".numguard-unpacked");
        if (Files.exists(marker)) {
            return home;
        }
        Path zip = Path.of(build.getProperty("local.repository"), "org", "keycloak", "keycloak-quarkus-dist", version,
                "keycloak-quarkus-dist-" + version + ".zip");
        if (!Files.exists(zip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + zip
                    + ": build the devstack module with Maven, which fetches it from Maven Central");
        }
        try {
            KafkaBroker.deleteTree(home);
            Path parent = Settings.cacheDir();
            Files.createDirectories(parent);
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    // entries are keycloak-<version>/...; unpack under the cache directory
                    Path target = parent.resolve(e.getName()).normalize();
                    if (!target.startsWith(parent)) {
                        throw new IOException("zip entry outside the target: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                        if (e.getName().endsWith(".sh")) {
                            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                        }
                    }
                }
            }
            if (!Files.exists(home.resolve("bin/kc.sh"))) {
                throw new IllegalStateException("unexpected layout of " + zip + ": no bin/kc.sh under " + home);
            }
            Files.writeString(marker, zip + "\n");
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + zip, e);
        }
    }

    static Properties buildProperties() {
        Properties p = new Properties();
        try (InputStream in = Keycloak.class.getResourceAsStream("build.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("devstack build.properties missing: build devstack with Maven", e);
        }
        return p;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://" + Ports.HOST + ":" + port;
    }

    public String issuer() {
        return url() + "/realms/" + REALM;
    }

    /** The realm's signing keys (JWKS), as resource servers and the Kafka broker fetch them. */
    public String jwksUrl() {
        return issuer() + "/protocol/openid-connect/certs";
    }

    public String tokenEndpoint() {
        return issuer() + "/protocol/openid-connect/token";
    }

    public ChildProcess process() {
        return process;
    }

    @Override
    public void close() {
        process.stop(Duration.ofSeconds(20));
    }
}
