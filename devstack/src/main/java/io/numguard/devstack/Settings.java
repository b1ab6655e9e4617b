package io.numguard.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Every devstack setting, read from a system property ({@code numguard.pg.port}) or the environment
 * ({@code NUMGUARD_PG_PORT}), in that order.
 */
public final class Settings {
    private Settings() {
    }

    public static Optional<String> get(String key) {
        String v = System.getProperty(key);
        if (v == null || v.isBlank()) {
            v = System.getenv(envName(key));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }

    public static String envName(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public static int port(String key, int defaultPort) {
        return get(key).map(Integer::parseInt).orElse(defaultPort);
    }

    /** Survives {@code mvn clean}: the Keycloak distribution and its one-time build live here. */
    public static Path cacheDir() {
        return get("numguard.cache").map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".cache", "numguard"));
    }

    /** The repository root (where {@code deploy/} and the service modules are). */
    public static Path projectRoot() {
        Optional<String> configured = get("numguard.root");
        if (configured.isPresent()) {
            return Path.of(configured.get()).toAbsolutePath().normalize();
        }
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            if (Files.exists(p.resolve("deploy/keycloak/numguard-realm.json"))) {
                return p;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("cannot find the numguard repository root from "
                + Path.of("").toAbsolutePath() + "; set NUMGUARD_ROOT");
    }
}
