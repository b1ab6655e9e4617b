package io.numguard.devstack;

import io.numguard.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The servers devstack starts are real: SQL runs, records travel, topics carry their configuration. */
class PostgresKafkaTest {
    @TempDir
    static Path dir;
    static Postgres postgres;
    static KafkaBroker kafka;

    @BeforeAll
    static void start() {
        postgres = Postgres.start(Ports.freePort(), dir.resolve("pgdata"));
        kafka = KafkaBroker.start(Ports.freePort(), Ports.freePort(), dir.resolve("kafka"));
    }

    @AfterAll
    static void stop() {
        if (kafka != null) {
            kafka.close();
            assertThat(kafka.process().isAlive()).isFalse();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void createsADatabasePerServiceAndRunsSql() throws Exception {
        String url = postgres.createDatabase("registry_check");
        assertThat(postgres.createDatabase("registry_check")).isEqualTo(url); // idempotent
        try (var c = DriverManager.getConnection(url, postgres.user(), postgres.password());
             ResultSet rs = c.createStatement().executeQuery("select current_database(), version()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("registry_check");
            assertThat(rs.getString(2)).startsWith("PostgreSQL");
        }
    }

    @Test
    void postgresRestartsKeepingItsData() throws Exception {
        String url = postgres.createDatabase("restart_check");
        try (var c = DriverManager.getConnection(url, postgres.user(), postgres.password())) {
            c.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
        }
        postgres.stopServer();
        assertThatThrownBy(() -> DriverManager.getConnection(url, postgres.user(), postgres.password()).close())
                .isInstanceOf(java.sql.SQLException.class);
        postgres.startServer();
        try (var c = DriverManager.getConnection(url, postgres.user(), postgres.password());
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void brokerCarriesRecordsAndHoldsTheContractTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            var names = admin.listTopics().names().get();
            for (String t : Topics.ALL) {
                assertThat(names).contains(t, Topics.dlq(t));
            }
            var labels = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REPUTATION_LABELS);
            assertThat(admin.describeConfigs(List.of(labels)).all().get().get(labels).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
        String topic = "devstack-check-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            producer.send(new ProducerRecord<>(topic, "95123", "hello")).get();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "devstack-check",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                var records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    var r = records.iterator().next();
                    assertThat(r.key()).isEqualTo("95123");
                    assertThat(r.value()).isEqualTo("hello");
                    return;
                }
            }
            throw new AssertionError("record not received within 30 s");
        }
    }

    @Test
    void aTakenPortIsNamedWithTheSettingThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName(Ports.HOST))) {
            assertThatThrownBy(() -> KafkaBroker.start(taken.getLocalPort(), Ports.freePort(), dir.resolve("k2")))
                    .isInstanceOf(PortTakenException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("NUMGUARD_KAFKA_PORT");
        }
    }
}
