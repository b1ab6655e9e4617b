package io.numguard.devstack.testing;

import io.numguard.devstack.KafkaAcls;
import io.numguard.devstack.KafkaBroker;
import io.numguard.devstack.LocalTokenIssuer;
import io.numguard.devstack.Ports;
import io.numguard.devstack.Postgres;
import io.numguard.devstack.Settings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Quarkus test resource: a real PostgreSQL and a real Kafka broker for a module's {@code @QuarkusTest}s, started
 * once per test JVM on free ports (a local run may hold the fixed ones) and stopped when the JVM exits.
 * Init arg {@code database} names the module's database; {@code kafka-client} the OAuth client the service
 * connects to the broker as (default {@code numguard-<database>}), so the module tests run under the same ACLs as
 * production; {@code kafka-acls} an extra KafkaUser file for a test-only client.
 *
 * <p>No Keycloak runs here: the broker checks tokens against the keys of a {@link LocalTokenIssuer}, and the
 * service reads its signed token from a file through Kafka's own login handler.
 */
public class PostgresKafkaResource implements QuarkusTestResourceLifecycleManager {
    private static Postgres postgres;
    private static KafkaBroker kafka;
    private static LocalTokenIssuer tokens;

    private String database = "numguard";
    private String kafkaClient;
    private String kafkaAcls;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        kafkaClient = initArgs.getOrDefault("kafka-client", "numguard-" + database);
        kafkaAcls = initArgs.get("kafka-acls");
    }

    @Override
    public Map<String, String> start() {
        startOnce();
        if (kafkaAcls != null) {
            kafka.grant(Path.of(kafkaAcls));
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.createDatabase(database));
        config.put("quarkus.datasource.username", postgres.user());
        config.put("quarkus.datasource.password", postgres.password());
        String tokenUrl = tokens.tokenFile(kafkaClient, KafkaBroker.AUDIENCE, Duration.ofHours(12)).toUri().toString();
        KafkaBroker.oauthClientConfig(kafka.bootstrapServers(), tokenUrl, null, null)
                .forEach((k, v) -> config.put("kafka." + k, v.toString()));
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
        int[] ports = Ports.freePorts(4);
        postgres = Postgres.start(ports[0], dir.resolve("pgdata"));
        try {
            tokens = new LocalTokenIssuer(dir.resolve("tokens"));
            kafka = KafkaBroker.start(ports[1], ports[2], ports[3], dir.resolve("kafka"),
                    new KafkaBroker.TokenValidation(tokens.jwksFile().toUri().toString(), LocalTokenIssuer.ISSUER),
                    Settings.projectRoot().resolve(KafkaAcls.FILE));
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
