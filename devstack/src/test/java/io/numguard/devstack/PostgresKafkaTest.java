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

/**
 * The servers devstack starts are real: SQL runs, records travel, topics carry their configuration, and the broker
 * admits only realm tokens and grants each client exactly its ACLs.
 */
class PostgresKafkaTest {
    @TempDir
    static Path dir;
    static Postgres postgres;
    static KafkaBroker kafka;
    static LocalTokenIssuer tokens;

    @BeforeAll
    static void start() {
        postgres = Postgres.start(Ports.freePort(), dir.resolve("pgdata"));
        tokens = new LocalTokenIssuer(dir.resolve("tokens"));
        int[] p = Ports.freePorts(3);
        kafka = KafkaBroker.start(p[0], p[1], p[2], dir.resolve("kafka"), validation(),
                Settings.projectRoot().resolve(KafkaAcls.FILE));
    }

    static KafkaBroker.TokenValidation validation() {
        return new KafkaBroker.TokenValidation(tokens.jwksFile().toUri().toString(), LocalTokenIssuer.ISSUER);
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
        try (Admin admin = Admin.create(kafka.superUserConfig())) {
            var names = admin.listTopics().names().get();
            for (String t : Topics.ALL) {
                assertThat(names).contains(t, Topics.dlq(t));
            }
            var labels = new ConfigResource(ConfigResource.Type.TOPIC, Topics.REPUTATION_LABELS);
            assertThat(admin.describeConfigs(List.of(labels)).all().get().get(labels).get("cleanup.policy").value())
                    .isEqualTo("compact");
        }
        // the registry writes segments with its own token; carrier CT reads them in a group of its own prefix
        String key = "95" + (100 + new java.util.Random().nextInt(800));
        try (var producer = producer("numguard-registry")) {
            producer.send(new ProducerRecord<>(Topics.REGISTRY_SEGMENTS, key, "hello")).get();
        }
        try (var consumer = consumer("carrier-ct", "carrier-ct.blocking")) {
            consumer.subscribe(List.of(Topics.REGISTRY_SEGMENTS));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(500))) {
                    if (r.key().equals(key)) {
                        assertThat(r.value()).isEqualTo("hello");
                        return;
                    }
                }
            }
            throw new AssertionError("record not received within 30 s");
        }
    }

    @Test
    void anAnonymousClientIsRefused() {
        // the clients' listener speaks SASL only: a client without credentials never gets metadata
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            assertThatThrownBy(() -> admin.listTopics().names().get()).hasRootCauseInstanceOf(
                    org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() throws Exception {
        LocalTokenIssuer stranger = new LocalTokenIssuer(dir.resolve("stranger"));
        Path token = stranger.tokenFile("numguard-enforcement", KafkaBroker.AUDIENCE, Duration.ofMinutes(5));
        try (var producer = new KafkaProducer<String, String>(withSerializers(KafkaBroker.oauthClientConfig(
                kafka.bootstrapServers(), token.toUri().toString(), null, null)))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, "95123", "{}")).get())
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class);
        }
    }

    @Test
    void aTokenWithoutTheBrokersAudienceIsRefused() throws Exception {
        Path token = tokens.tokenFile("numguard-enforcement", "numguard-registry", Duration.ofMinutes(5));
        try (var producer = new KafkaProducer<String, String>(withSerializers(KafkaBroker.oauthClientConfig(
                kafka.bootstrapServers(), token.toUri().toString(), null, null)))) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, "95123", "{}")).get())
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.SaslAuthenticationException.class);
        }
    }

    @Test
    void aCarrierCannotWriteAnOrder() {
        try (var producer = producer("carrier-ct")) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, "95123", "{}")).get())
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
        }
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopic() {
        try (var producer = producer("numguard-complaint")) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, "95123", "{}")).get())
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
        }
    }

    @Test
    void aCarrierCannotJoinAnotherCarriersGroupNorReadOrders() {
        try (var consumer = consumer("carrier-ct", "carrier-cm.blocking")) {
            consumer.subscribe(List.of(Topics.REGISTRY_SEGMENTS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(org.apache.kafka.common.errors.GroupAuthorizationException.class);
        }
        try (var consumer = consumer("carrier-ct", "carrier-ct.orders")) {
            consumer.subscribe(List.of(Topics.ENFORCEMENT_ORDERS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(org.apache.kafka.common.errors.TopicAuthorizationException.class);
        }
    }

    private static KafkaProducer<String, String> producer(String client) {
        Map<String, Object> c = withSerializers(oauth(client));
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10_000);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(c);
    }

    private static KafkaConsumer<String, String> consumer(String client, String group) {
        Map<String, Object> c = oauth(client);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        return new KafkaConsumer<>(c);
    }

    private static Map<String, Object> oauth(String client) {
        Path token = tokens.tokenFile(client, KafkaBroker.AUDIENCE, Duration.ofMinutes(10));
        return new java.util.HashMap<>(KafkaBroker.oauthClientConfig(kafka.bootstrapServers(),
                token.toUri().toString(), null, null));
    }

    private static Map<String, Object> withSerializers(Map<String, Object> config) {
        Map<String, Object> c = new java.util.HashMap<>(config);
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        c.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        return c;
    }

    @Test
    void aTakenPortIsNamedWithTheSettingThatMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getByName(Ports.HOST))) {
            assertThatThrownBy(() -> KafkaBroker.start(taken.getLocalPort(), Ports.freePort(), Ports.freePort(),
                    dir.resolve("k2"), validation(), Settings.projectRoot().resolve(KafkaAcls.FILE)))
                    .isInstanceOf(PortTakenException.class)
                    .hasMessageContaining("port " + taken.getLocalPort())
                    .hasMessageContaining("NUMGUARD_KAFKA_PORT");
        }
    }
}
