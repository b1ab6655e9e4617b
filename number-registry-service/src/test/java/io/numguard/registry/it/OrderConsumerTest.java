package io.numguard.registry.it;

import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Enforcement orders move the segment through its lifecycle, once per event and once per order. */
@QuarkusTest
class OrderConsumerTest {
    private static final String ORDERS = "numguard.enforcement.orders.v1";
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static void awaitStatus(String code, String status) {
        await().atMost(WAIT).until(() -> status.equals(Api.status(code)));
    }

    private static List<String> actions(String code) {
        return as(REG_CN).get("/api/segments/" + code + "/history").then().statusCode(200).extract().jsonPath()
                .getList("history.action", String.class);
    }

    @Test
    void suspendReinstateRevokeEachPublishTheirEventWithTheOrder() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.allocate(uscc);
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.segments.v1")) {
            String suspend = "order-" + UUID.randomUUID();
            Api.sendOrder("order.suspend", code, suspend);
            awaitStatus(code, "SUSPENDED");
            ConsumerRecord<String, String> e1 = tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.suspended.v1".equals(KafkaTestClient.header(r, "ce_type")), WAIT);
            assertThat(e1.value()).contains(suspend).contains("\"status\":\"SUSPENDED\"");

            Api.sendOrder("order.reinstate", code, "order-" + UUID.randomUUID());
            awaitStatus(code, "ALLOCATED");
            tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.reinstated.v1".equals(KafkaTestClient.header(r, "ce_type")), WAIT);

            String revoke = "order-" + UUID.randomUUID();
            Api.sendOrder("order.revoke", code, revoke);
            awaitStatus(code, "REVOKED");
            ConsumerRecord<String, String> e3 = tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.revoked.v1".equals(KafkaTestClient.header(r, "ce_type")), WAIT);
            assertThat(e3.value()).contains(revoke).contains("\"status\":\"REVOKED\"");
        }
        JsonPath segment = as(REG_CN).get("/api/segments/" + code).then().statusCode(200).extract().jsonPath();
        assertThat(segment.getString("lifecycleStatus")).isEqualTo("QUARANTINED");
        assertThat(Instant.parse(segment.getString("quarantinedUntil")))
                .isAfter(Instant.now().plus(Duration.ofDays(179)));
        JsonPath history = as(REG_CN).get("/api/segments/" + code + "/history").then().extract().jsonPath();
        assertThat(history.getList("history.action", String.class))
                .containsExactly("ALLOCATE", "SUSPEND", "REINSTATE", "REVOKE", "QUARANTINE");
        // the registry saw the enforcement service act; who proposed and approved is the order's claim
        assertThat(history.getString("history[1].actor")).isEqualTo("enforcement-service");
        assertThat(history.getString("history[1].orderClaim.approvedBy")).isEqualTo("regulator.fj2");
        assertThat(history.getString("history[1].orderClaim.proposedBy")).isEqualTo("regulator.fj");
        assertThat(history.getString("history[0].actor")).isEqualTo("regulator.cn");

        // the lookup follows at once, and a quarantined code cannot be allocated
        as(Api.CARRIER_CT).get("/api/numbers/" + code + "12").then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("REVOKED"));
        as(REG_CN).body(java.util.Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT")))
                .post("/api/segments").then().statusCode(422)
                .body("type", org.hamcrest.Matchers.equalTo("urn:numguard:problem:segment-overlaps"));
    }

    @Test
    void aRedeliveredOrderAndTheSameOrderUnderANewEventIdChangeNothing() {
        String code = Api.allocate(Api.registerLicensee("FJ"));
        String orderId = "order-" + UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        String json = Api.orderJson(orderId, code, "SUSPEND");
        Api.sendEvent(ORDERS, "order.suspend", code, json, ceId);
        awaitStatus(code, "SUSPENDED");
        Api.sendEvent(ORDERS, "order.suspend", code, json, ceId); // redelivery: same CloudEvent
        // a marker on the same key (same partition, so consumed after the duplicate)
        Api.sendOrder("order.reinstate", code, "order-" + UUID.randomUUID());
        awaitStatus(code, "ALLOCATED");
        Api.sendEvent(ORDERS, "order.suspend", code, json, UUID.randomUUID().toString()); // same order, new id
        Api.sendOrder("order.revoke", code, "order-" + UUID.randomUUID());
        awaitStatus(code, "REVOKED");
        assertThat(actions(code)).containsExactly("ALLOCATE", "SUSPEND", "REINSTATE", "REVOKE", "QUARANTINE");
    }

    @Test
    void anOrderForAnUnknownSegmentOrThatCanNeverApplyIsDeadLettered() {
        String unknown = Api.freeCode();
        String revoked = Api.allocate(Api.registerLicensee("FJ"));
        String held = Api.allocate(Api.registerLicensee("FJ"));
        Api.sendOrder("order.revoke", revoked, "order-" + UUID.randomUUID());
        awaitStatus(revoked, "REVOKED");
        try (KafkaTestClient.Tail dlq = KafkaTestClient.tail(Api.bootstrap(), ORDERS + ".dlq")) {
            String id1 = Api.sendOrder("order.suspend", unknown, "order-" + UUID.randomUUID());
            ConsumerRecord<String, String> r1 = dlq.await(r -> id1.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
            assertThat(KafkaTestClient.header(r1, "dead-letter-reason")).contains("does not hold");

            String id2 = Api.sendOrder("order.reinstate", revoked, "order-" + UUID.randomUUID());
            ConsumerRecord<String, String> r2 = dlq.await(r -> id2.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
            assertThat(KafkaTestClient.header(r2, "dead-letter-reason")).contains("segment-transition-not-allowed");

            String id3 = UUID.randomUUID().toString();
            Api.sendEvent(ORDERS, "order.suspend", held, "{\"orderId\":\"x\"}", id3);
            ConsumerRecord<String, String> r3 = dlq.await(r -> id3.equals(KafkaTestClient.header(r, "ce_id")), WAIT);
            assertThat(KafkaTestClient.header(r3, "dead-letter-reason")).contains("segmentCode");
        }
        assertThat(Api.status(revoked)).isEqualTo("REVOKED");
        // the consumer kept going
        Api.sendOrder("order.suspend", held, "order-" + UUID.randomUUID());
        awaitStatus(held, "SUSPENDED");
    }

    @Test
    void anOrderWhoseOutcomeAlreadyHoldsIsANoOp() {
        String code = Api.allocate(Api.registerLicensee("FJ"));
        Api.sendOrder("order.reinstate", code, "order-" + UUID.randomUUID()); // already ALLOCATED
        Api.sendOrder("order.suspend", code, "order-" + UUID.randomUUID());
        awaitStatus(code, "SUSPENDED");
        assertThat(actions(code)).containsExactly("ALLOCATE", "SUSPEND");
    }
}
