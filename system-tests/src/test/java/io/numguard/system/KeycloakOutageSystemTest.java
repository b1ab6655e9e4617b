package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Keycloak stops for 45 s (with its restart, the realm is unreachable for about a minute) while a regulator keeps
 * registering licensees: the services go on, their broker logins hold (tokens last 15 minutes and are refreshed
 * well before they expire), every event reaches Kafka, and afterwards new logins, people's and carriers', work.
 */
class KeycloakOutageSystemTest {
    private static final Duration OUTAGE = Duration.ofSeconds(45);

    @Test
    void servicesAndTheirBrokerLoginsRideOutAKeycloakRestart() throws Exception {
        DevStack stack = SuiteStack.get();
        String token = SuiteStack.token("regulator.fj"); // fetched before the outage, checked locally by the services
        String registry = SuiteStack.url(Service.REGISTRY);
        List<String> registered = new ArrayList<>();
        try (var licensees = KafkaTestClient.tail(stack.kafka().bootstrapServers(), Topics.REGISTRY_LICENSEES)) {
            stack.keycloak().stop();
            try {
                long end = System.nanoTime() + OUTAGE.toNanos();
                while (System.nanoTime() < end && registered.size() < 45) {
                    String uscc = Uscc.random("3501");
                    given().auth().oauth2(token).contentType("application/json")
                            .body(Fixtures.licensee(uscc, "Keycloak Outage Co. " + registered.size(), "Sun Ba",
                                    "35010219800101" + (2000 + registered.size())))
                            .post(registry + "/api/licensees").then().statusCode(201);
                    registered.add(uscc);
                    Thread.sleep(1000);
                }
                for (String uscc : registered) {
                    licensees.await(r -> uscc.equals(r.key()), Duration.ofSeconds(30));
                }
            } finally {
                stack.keycloak().restart();
            }
        }
        assertThat(registered).hasSizeGreaterThan(10);

        // enforcement consumed them while the realm was away (a Fujian regulator may open a case on the last one)
        String last = registered.get(registered.size() - 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("subjectKind", "LICENSEE", "subject", last, "reason", "after the realm's outage"))
                        .post(SuiteStack.url(Service.ENFORCEMENT) + "/api/cases").statusCode() == 201);

        // a new broker login after the restart: a carrier's client gets a fresh token and reads its topic
        try (var carrier = new KafkaConsumer<String, String>(SuiteStack.carrierKafkaConfig("ct", Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, "carrier-ct.after-outage-" + UUID.randomUUID(),
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)))) {
            assertThat(carrier.partitionsFor(Topics.REGISTRY_SEGMENTS, Duration.ofSeconds(30))).isNotEmpty();
        }
        for (Service s : Service.ALL) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    given().get(SuiteStack.url(s) + "/q/health/ready").statusCode() == 200);
        }
    }
}
