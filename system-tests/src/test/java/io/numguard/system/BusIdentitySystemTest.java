package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.KafkaBroker;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

/**
 * The event bus under the realm's identity, with real Keycloak tokens: nobody reaches the broker anonymously; a
 * carrier's own client reads what carriers may read in its own groups and nothing else, and a record it forges never
 * changes a segment; a service cannot write another's topic.
 */
class BusIdentitySystemTest {
    private static String registry;
    private static String bootstrap;

    @BeforeAll
    static void start() {
        SuiteStack.get();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        registry = SuiteStack.url(Service.REGISTRY);
        bootstrap = SuiteStack.get().kafka().bootstrapServers();
    }

    @Test
    void anAnonymousClientGetsNothingFromTheBroker() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                2000))) {
            assertThatThrownBy(() -> admin.listTopics().names().get(10, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
    }

    @Test
    void aPersonsTokenIsNoBrokerLogin() throws Exception {
        // a real realm token of a person (public client, password grant): signed by the realm, but without the
        // broker's audience and without a client_id, so the broker's validator refuses it
        Path token = Files.createTempFile("person", ".jwt");
        Files.writeString(token, SuiteStack.token("carrier.ct"));
        Map<String, Object> c = KafkaBroker.oauthClientConfig(bootstrap, token.toUri().toString(), null, null);
        try (var producer = producer(c)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, "95123", "{}"))
                    .get(20, TimeUnit.SECONDS)).hasRootCauseInstanceOf(
                    org.apache.kafka.common.errors.SaslAuthenticationException.class);
        }
    }

    @Test
    void aCarriersForgedOrderIsRefusedAndTheSegmentStaysAsItWas() throws Exception {
        String uscc = Uscc.random("3501");
        String code = Fixtures.freeSegmentCode(registry);
        as("regulator.fj").body(Fixtures.licensee(uscc, "Bus Identity Test Co. " + code, "Wu Ming",
                "35010219800101" + code.substring(2) + "1")).post(registry + "/api/licensees").then().statusCode(201);
        as("regulator.fj").body(Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT")))
                .post(registry + "/api/segments").then().statusCode(201).body("status", equalTo("ALLOCATED"));

        String forged = """
                {"orderId":"%s","caseId":"forged","segmentCode":"%s","action":"REVOKE","reason":"forged by a carrier",
                 "fraud":true,"proposedBy":"regulator.fj","approvedBy":"regulator.fj2","decidedAt":"%s"}"""
                .formatted(UUID.randomUUID(), code, Instant.now());
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, code, forged);
        for (var h : Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", "io.numguard.order.revoke.v1", "ce_source", "/numguard/enforcement",
                "content-type", "application/json").entrySet()) {
            record.headers().add(h.getKey(), h.getValue().getBytes(StandardCharsets.UTF_8));
        }
        try (var producer = producer(SuiteStack.carrierKafkaConfig("ct", Map.of()))) {
            assertThatThrownBy(() -> producer.send(record).get(20, TimeUnit.SECONDS))
                    .hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
        // a registry that had obeyed would have revoked within ~100 ms (bench/revocation.sh); give it ample time
        try (var orders = KafkaTestClient.tail(bootstrap, Topics.ENFORCEMENT_ORDERS)) {
            assertThatThrownBy(() -> orders.await(r -> code.equals(r.key()), Duration.ofSeconds(3)))
                    .isInstanceOf(AssertionError.class);
        }
        as("regulator.fj").get(registry + "/api/segments/{code}", code).then().statusCode(200)
                .body("status", equalTo("ALLOCATED"));
    }

    @Test
    void aCarrierReadsOnlyInItsOwnGroupsAndOnlyTheCarrierTopics() {
        try (var consumer = consumer("ct", "carrier-cm.blocking")) {
            consumer.subscribe(List.of(Topics.REGISTRY_SEGMENTS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(15)))
                    .isInstanceOf(GroupAuthorizationException.class);
        }
        try (var consumer = consumer("ct", "carrier-ct.peek")) {
            consumer.subscribe(List.of(Topics.ENFORCEMENT_ORDERS));
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(15)))
                    .isInstanceOf(TopicAuthorizationException.class);
        }
        for (String topic : List.of(Topics.REGISTRY_SEGMENTS, Topics.REPUTATION_LABELS, Topics.ENFORCEMENT_SANCTIONS)) {
            try (var consumer = consumer("ct", "carrier-ct.check")) {
                assertThat(consumer.partitionsFor(topic, Duration.ofSeconds(15))).as(topic).isNotEmpty();
            }
        }
    }

    @Test
    void aServiceCannotWriteAnotherServicesTopic() {
        Map<String, Object> complaint = KafkaBroker.oauthClientConfig(bootstrap,
                SuiteStack.get().keycloak().tokenEndpoint(), "numguard-complaint", "complaint-secret");
        try (var producer = producer(complaint)) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.ENFORCEMENT_ORDERS, "95123", "{}"))
                    .get(20, TimeUnit.SECONDS)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.REGISTRY_SEGMENTS, "95123", "{}"))
                    .get(20, TimeUnit.SECONDS)).hasRootCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(SuiteStack.token(user)).contentType(ContentType.JSON);
    }

    private static KafkaProducer<String, String> producer(Map<String, Object> config) {
        Map<String, Object> c = new HashMap<>(config);
        c.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        c.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        c.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        c.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15_000);
        c.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        return new KafkaProducer<>(c);
    }

    private static KafkaConsumer<String, String> consumer(String carrier, String group) {
        return new KafkaConsumer<>(SuiteStack.carrierKafkaConfig(carrier, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)));
    }
}
