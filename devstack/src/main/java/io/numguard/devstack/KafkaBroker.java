package io.numguard.devstack;

import io.numguard.contracts.KafkaOAuth;
import io.numguard.contracts.Topics;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.errors.TopicExistsException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker ({@code org.apache.kafka:kafka_2.13}) in KRaft mode, one process acting as broker and
 * controller, in a child JVM whose class path this module's build wrote down. A child JVM keeps the broker's
 * Scala and server jars off the class path of the services under test.
 *
 * <p>Nobody connects anonymously. Clients use the {@code CLIENTS} listener with SASL/OAUTHBEARER: a token of the
 * realm, checked by Kafka's own validator against the issuer's JWKS, the principal {@code User:<client_id>}, and
 * what it may do is exactly the ACLs of {@link KafkaAcls#FILE} (StandardAuthorizer, nothing allowed without an
 * ACL). The controller and the broker's own inter-broker traffic use two more listeners with SASL/PLAIN and a
 * password made at each start; devstack itself (topics, ACLs, test clients standing in for another service) is
 * that listener's only user and the one super user.
 */
public final class KafkaBroker implements AutoCloseable {
    public static final String AUDIENCE = KafkaOAuth.AUDIENCE;
    private static final String SUPER_USER = "devstack";
    private static final Map<String, KafkaBroker> BY_BOOTSTRAP = new ConcurrentHashMap<>();

    /** Where the broker takes the keys of the tokens it accepts, and whose tokens they must be. */
    public record TokenValidation(String jwksUrl, String issuer) {
    }

    private volatile ChildProcess process;
    private final String bootstrapServers;
    private final String internalBootstrapServers;
    private final String superUserPassword;
    private final List<String> runCommand;
    private final Path dir;
    private final Path log;

    private KafkaBroker(ChildProcess process, String bootstrapServers, String internalBootstrapServers,
                        String superUserPassword, List<String> runCommand, Path dir, Path log) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.internalBootstrapServers = internalBootstrapServers;
        this.superUserPassword = superUserPassword;
        this.runCommand = runCommand;
        this.dir = dir;
        this.log = log;
    }

    /**
     * @param port           the clients' listener (SASL/OAUTHBEARER)
     * @param internalPort   devstack's and the broker's own listener (SASL/PLAIN, super user)
     * @param controllerPort the KRaft controller's listener (SASL/PLAIN)
     * @param acls           the KafkaUser file whose ACLs are applied before the broker is handed out
     */
    public static KafkaBroker start(int port, int internalPort, int controllerPort, Path dir,
                                    TokenValidation tokens, Path acls) {
        Ports.requireFree("Kafka", port, "NUMGUARD_KAFKA_PORT");
        Ports.requireFree("Kafka's internal listener", internalPort, "NUMGUARD_KAFKA_INTERNAL_PORT");
        Ports.requireFree("Kafka's controller", controllerPort, "NUMGUARD_KAFKA_CONTROLLER_PORT");
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            String password = UUID.randomUUID().toString();
            Path config = dir.resolve("server.properties");
            Files.writeString(config, serverProperties(port, internalPort, controllerPort, dir.resolve("data"),
                    tokens, password));
            Path log4j = dir.resolve("log4j2.properties");
            Files.writeString(log4j, """
                    rootLogger.level=WARN
                    rootLogger.appenderRef.out.ref=OUT
                    appender.out.type=Console
                    appender.out.name=OUT
                    appender.out.layout.type=PatternLayout
                    appender.out.layout.pattern=%d{HH:mm:ss.SSS} %-5p [%c{1}] %m%n
                    logger.kafka.name=kafka
                    logger.kafka.level=INFO
                    logger.server.name=org.apache.kafka.server
                    logger.server.level=INFO
                    """);
            List<String> java = new ArrayList<>(List.of(javaBin(), "-Xms64m", "-Xmx512m", "-XX:+UseSerialGC",
                    "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=" + log4j,
                    // Kafka 4 reads no OAuth URL or file that is not allowed here by name
                    "-cp", classpath()));
            java.addAll(java.size() - 2, KafkaOAuth.allowingOptions(tokens.jwksUrl()));
            Path log = dir.resolve("kafka.log");

            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString(), "--standalone"));
            ChildProcess.run("Kafka storage format", format, dir, Map.of(), log, Duration.ofSeconds(60));

            List<String> run = new ArrayList<>(java);
            run.addAll(List.of("kafka.Kafka", config.toString()));
            ChildProcess process = ChildProcess.start("Kafka", run, dir, Map.of(), log);
            KafkaBroker broker = new KafkaBroker(process, Ports.HOST + ":" + port, Ports.HOST + ":" + internalPort,
                    password, run, dir, log);
            try {
                Readiness.await("Kafka", Duration.ofSeconds(90), process, broker::answers);
                broker.createContractTopics();
                broker.applyAcls(KafkaAcls.read(acls));
                BY_BOOTSTRAP.put(broker.bootstrapServers, broker);
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serverProperties(int port, int internalPort, int controllerPort, Path data,
                                           TokenValidation tokens, String password) {
        String plain = "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + SUPER_USER
                + "\" password=\"" + password + "\" user_" + SUPER_USER + "=\"" + password + "\";";
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + Ports.HOST + ":" + controllerPort,
                "listeners=CLIENTS://" + Ports.HOST + ":" + port + ",INTERNAL://" + Ports.HOST + ":" + internalPort
                        + ",CONTROLLER://" + Ports.HOST + ":" + controllerPort,
                "advertised.listeners=CLIENTS://" + Ports.HOST + ":" + port + ",INTERNAL://" + Ports.HOST + ":"
                        + internalPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=INTERNAL",
                "listener.security.protocol.map=CLIENTS:SASL_PLAINTEXT,INTERNAL:SASL_PLAINTEXT,CONTROLLER:SASL_PLAINTEXT",
                "sasl.mechanism.inter.broker.protocol=PLAIN",
                "sasl.mechanism.controller.protocol=PLAIN",
                "listener.name.internal.sasl.enabled.mechanisms=PLAIN",
                "listener.name.internal.plain.sasl.jaas.config=" + plain,
                "listener.name.controller.sasl.enabled.mechanisms=PLAIN",
                "listener.name.controller.plain.sasl.jaas.config=" + plain,
                // clients: a realm token, checked by Kafka's own validator against the issuer's keys
                "listener.name.clients.sasl.enabled.mechanisms=OAUTHBEARER",
                "listener.name.clients.oauthbearer.sasl.jaas.config="
                        + "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;",
                "listener.name.clients.oauthbearer.sasl.server.callback.handler.class="
                        + "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler",
                "sasl.oauthbearer.jwks.endpoint.url=" + tokens.jwksUrl(),
                "sasl.oauthbearer.expected.issuer=" + tokens.issuer(),
                "sasl.oauthbearer.expected.audience=" + AUDIENCE,
                "sasl.oauthbearer.sub.claim.name=" + KafkaOAuth.PRINCIPAL_CLAIM,
                // a connection lives no longer than its token: clients re-authenticate with the refreshed one
                "connections.max.reauth.ms=900000",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "super.users=User:" + SUPER_USER,
                "allow.everyone.if.no.acl.found=false",
                "log.dirs=" + data,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                // every topic is created by devstack from the contract; nobody creates one by using it
                "auto.create.topics.enable=false",
                "log.segment.bytes=16777216",
                "");
    }

    /**
     * Client settings to connect as devstack's super user over the internal listener: for devstack's own work and
     * for tests that stand in for another service (sending its records, reading a topic raw).
     */
    public Map<String, Object> superUserConfig() {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, internalBootstrapServers,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, "PLAIN",
                SaslConfigs.SASL_JAAS_CONFIG, "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"" + SUPER_USER + "\" password=\"" + superUserPassword + "\";");
    }

    /**
     * The super user's settings of the broker this JVM started with these clients' bootstrap servers; a test that
     * knows only {@link #bootstrapServers()} reaches the broker through it.
     */
    public static Map<String, Object> superUserConfig(String bootstrapServers) {
        KafkaBroker broker = BY_BOOTSTRAP.get(bootstrapServers);
        if (broker == null) {
            throw new IllegalStateException("no devstack broker with bootstrap servers " + bootstrapServers
                    + " runs in this JVM");
        }
        return broker.superUserConfig();
    }

    /**
     * Settings of an OAuth client of the broker (as a service or a carrier connects): SASL/OAUTHBEARER with a token
     * from {@code tokenEndpoint}, by client credentials, or read from a {@code file:} URL.
     */
    public static Map<String, Object> oauthClientConfig(String bootstrapServers, String tokenEndpoint, String clientId,
                                                        String clientSecret) {
        KafkaOAuth.allow(tokenEndpoint);
        Map<String, Object> c = new java.util.HashMap<>();
        c.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        c.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        c.put(SaslConfigs.SASL_MECHANISM, "OAUTHBEARER");
        c.put(SaslConfigs.SASL_LOGIN_CALLBACK_HANDLER_CLASS,
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
        c.put(SaslConfigs.SASL_JAAS_CONFIG,
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required ;");
        c.put(SaslConfigs.SASL_OAUTHBEARER_TOKEN_ENDPOINT_URL, tokenEndpoint);
        if (clientId != null) {
            c.put(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_ID, clientId);
            c.put(SaslConfigs.SASL_OAUTHBEARER_CLIENT_CREDENTIALS_CLIENT_SECRET, clientSecret);
        }
        return c;
    }

    /** Adds the ACLs of another KafkaUser file (a test-only client's). */
    public void grant(Path kafkaUsers) {
        applyAcls(KafkaAcls.read(kafkaUsers));
    }

    private void applyAcls(List<AclBinding> acls) {
        try (Admin admin = admin()) {
            admin.createAcls(acls).all().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("cannot apply the Kafka ACLs: " + e.getMessage(), e);
        }
    }

    private boolean answers() {
        try (Admin admin = admin()) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    private Admin admin() {
        Map<String, Object> c = new java.util.HashMap<>(superUserConfig());
        c.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        c.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        return Admin.create(c);
    }

    /** The topics of the contract and their dead-letter twins, the labels topic compacted. */
    public void createContractTopics() {
        List<NewTopic> topics = new ArrayList<>();
        for (String t : Topics.ALL) {
            NewTopic topic = new NewTopic(t, 3, (short) 1);
            if (Topics.COMPACTED.contains(t)) {
                topic.configs(Map.of("cleanup.policy", "compact"));
            }
            topics.add(topic);
            topics.add(new NewTopic(Topics.dlq(t), 1, (short) 1));
        }
        try (Admin admin = admin()) {
            for (var f : admin.createTopics(topics).values().values()) {
                try {
                    f.get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topics: " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics in time", e);
        }
    }

    static String classpath() {
        try (InputStream in = KafkaBroker.class.getResourceAsStream("kafka.classpath")) {
            if (in == null) {
                throw new IllegalStateException("kafka.classpath is missing: build the devstack module with Maven");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public ChildProcess process() {
        return process;
    }

    /** For fault tests: the broker stops (as in an outage), its data stays. */
    public synchronized void stop() {
        process.stop(Duration.ofSeconds(20));
    }

    /** Starts the stopped broker again on the same ports and data, and waits until it answers. */
    public synchronized void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the broker is running");
        }
        process = ChildProcess.start("Kafka", runCommand, dir, Map.of(), log);
        Readiness.await("Kafka", Duration.ofSeconds(90), process, this::answers);
    }

    @Override
    public void close() {
        BY_BOOTSTRAP.remove(bootstrapServers);
        process.stop(Duration.ofSeconds(20));
    }
}
