package io.numguard.devstack;

import io.numguard.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
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
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * A real Kafka broker ({@code org.apache.kafka:kafka_2.13}) in KRaft mode, one process acting as broker and
 * controller, in a child JVM whose class path this module's build wrote down. A child JVM keeps the broker's
 * Scala and server jars off the class path of the services under test.
 */
public final class KafkaBroker implements AutoCloseable {
    private volatile ChildProcess process;
    private final String bootstrapServers;
    private final List<String> runCommand;
    private final Path dir;
    private final Path log;

    private KafkaBroker(ChildProcess process, String bootstrapServers, List<String> runCommand, Path dir, Path log) {
        this.process = process;
        this.bootstrapServers = bootstrapServers;
        this.runCommand = runCommand;
        this.dir = dir;
        this.log = log;
    }

    public static KafkaBroker start(int port, int controllerPort, Path dir) {
        Ports.requireFree("Kafka", port, "NUMGUARD_KAFKA_PORT");
        Ports.requireFree("Kafka's controller", controllerPort, "NUMGUARD_KAFKA_CONTROLLER_PORT");
        try {
            deleteTree(dir);
            Files.createDirectories(dir);
            Path config = dir.resolve("server.properties");
            Files.writeString(config, serverProperties(port, controllerPort, dir.resolve("data")));
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
                    "-XX:TieredStopAtLevel=1", "-Dlog4j2.configurationFile=" + log4j, "-cp", classpath()));
            Path log = dir.resolve("kafka.log");

            List<String> format = new ArrayList<>(java);
            format.addAll(List.of("kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", config.toString(), "--standalone"));
            ChildProcess.run("Kafka storage format", format, dir, Map.of(), log, Duration.ofSeconds(60));

            List<String> run = new ArrayList<>(java);
            run.addAll(List.of("kafka.Kafka", config.toString()));
            ChildProcess process = ChildProcess.start("Kafka", run, dir, Map.of(), log);
            KafkaBroker broker = new KafkaBroker(process, Ports.HOST + ":" + port, run, dir, log);
            try {
                Readiness.await("Kafka", Duration.ofSeconds(90), process, broker::answers);
                broker.createContractTopics();
            } catch (RuntimeException e) {
                process.close();
                throw e;
            }
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String serverProperties(int port, int controllerPort, Path data) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=" + Ports.HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + Ports.HOST + ":" + port + ",CONTROLLER://" + Ports.HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + Ports.HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + data,
                "num.partitions=3",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=true",
                "log.segment.bytes=16777216",
                "") ;
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
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000));
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
        process.stop(Duration.ofSeconds(20));
    }
}
