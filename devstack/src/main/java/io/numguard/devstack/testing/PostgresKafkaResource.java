package io.numguard.devstack.testing;

import io.numguard.devstack.KafkaBroker;
import io.numguard.devstack.Ports;
import io.numguard.devstack.Postgres;
import io.numguard.devstack.Settings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL and a real Kafka broker for a module's {@code @QuarkusTest}s, started
 * once per test JVM on free ports (a local run may hold the fixed ones) and stopped when the JVM exits.
 * Init arg {@code database} names the module's database.
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {
    private static Postgres postgres;
    private static KafkaBroker kafka;

    private String database = "numguard";

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        startOnce();
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.createDatabase(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        return config;
    }

    /** The broker, for tests that produce or consume records themselves. */
    public static synchronized KafkaBroker kafka() {
        startOnce();
        return kafka;
    }

    public static synchronized Postgres postgres() {
        startOnce();
        return postgres;
    }

    private static synchronized void startOnce() {
        if (postgres != null) {
            return;
        }
        Path dir = Settings.get("numguard.test.dir").map(Path::of)
                .orElse(Path.of("target", "devstack-test")).toAbsolutePath();
        io.numguard.devstack.Leftovers.reap(dir); // a test JVM killed earlier may have left its servers running
        int[] ports = Ports.freePorts(3);
        postgres = Postgres.start(ports[0], dir.resolve("pgdata"));
        try {
            kafka = KafkaBroker.start(ports[1], ports[2], dir.resolve("kafka"));
        } catch (RuntimeException e) {
            postgres.close();
            postgres = null;
            throw e;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.close();
            postgres.close();
        }, "devstack-test-shutdown"));
    }

    @Override
    public void stop() {
        // kept for the JVM's lifetime: every test class of the module shares one broker and one database server
    }
}
