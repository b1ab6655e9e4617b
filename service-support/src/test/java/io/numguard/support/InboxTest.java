package io.numguard.support;

import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.devstack.testing.PostgresKafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InboxTest {
    private static final String TOPIC = Topics.ENFORCEMENT_ORDERS;

    @Inject
    EntityManager em;

    @Test
    void aRedeliveredEventHasNoSecondEffect() {
        String key = "95" + (100 + (int) (Math.random() * 800));
        String eventId = UUID.randomUUID().toString();
        String orderId = "order-" + UUID.randomUUID();
        send(key, eventId, order(orderId, key, "fraud"));
        send(key, eventId, order(orderId, key, "fraud")); // the same event again, as after a consumer crash
        String sentinel = "order-" + UUID.randomUUID();
        send(key, UUID.randomUUID().toString(), order(sentinel, key, "later"));

        // same key, same partition: once the later event is applied, the redelivery was handled before it
        await().atMost(Duration.ofSeconds(30)).until(() -> applied(sentinel) == 1);
        assertThat(applied(orderId)).isEqualTo(1);
        assertThat(count("select count(*) from processed_event where event_id = '" + eventId + "'")).isEqualTo(1);
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithAReasonAndTheConsumerGoesOn() {
        String key = "95" + (100 + (int) (Math.random() * 800));
        String bootstrap = PostgresKafkaResource.kafka().bootstrapServers();
        try (var dlq = KafkaTestClient.tail(bootstrap, Topics.dlq(TOPIC))) {
            String notJson = UUID.randomUUID().toString();
            send(key, notJson, "{not json");
            Map<String, String> noId = headers(null);
            KafkaTestClient.send(bootstrap, TOPIC, key, order("o-" + UUID.randomUUID(), key, "x"), noId);
            String invalid = UUID.randomUUID().toString();
            send(key, invalid, "{\"segmentCode\":\"" + key + "\",\"action\":\"REVOKE\"}"); // no orderId
            String rejected = UUID.randomUUID().toString();
            send(key, rejected, order("o-" + UUID.randomUUID(), key, "unknown-segment"));
            String sentinel = "order-" + UUID.randomUUID();
            send(key, UUID.randomUUID().toString(), order(sentinel, key, "after the bad ones"));

            await().atMost(Duration.ofSeconds(30)).until(() -> applied(sentinel) == 1);

            assertThat(reason(dlq, notJson)).contains("not a valid Order");
            assertThat(reason(dlq, invalid)).contains("missing required field 'orderId'");
            assertThat(reason(dlq, rejected)).contains("is not held here");
            var missing = dlq.await(r -> KafkaTestClient.header(r, "ce_id") == null, Duration.ofSeconds(10));
            assertThat(KafkaTestClient.header(missing, "dead-letter-reason")).contains("ce_id");
            assertThat(KafkaTestClient.header(missing, "dead-letter-topic")).isEqualTo(TOPIC);
            assertThat(KafkaTestClient.header(missing, "dead-letter-offset")).isNotBlank();
        }
    }

    private static String reason(KafkaTestClient.Tail dlq, String eventId) {
        var r = dlq.await(x -> eventId.equals(KafkaTestClient.header(x, "ce_id")), Duration.ofSeconds(10));
        return KafkaTestClient.header(r, "dead-letter-reason");
    }

    private static String order(String orderId, String segment, String reason) {
        return "{\"orderId\":\"" + orderId + "\",\"caseId\":\"c1\",\"segmentCode\":\"" + segment
                + "\",\"action\":\"REVOKE\",\"reason\":\"" + reason + "\",\"fraud\":true,\"proposedBy\":\"regulator.fj\","
                + "\"approvedBy\":\"regulator.fj2\",\"decidedAt\":\"2026-11-28T10:00:00Z\"}";
    }

    private static Map<String, String> headers(String id) {
        Map<String, String> h = new HashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_type", "io.numguard.order.revoke.v1");
        h.put("ce_source", "/numguard/enforcement");
        h.put("content-type", "application/json");
        if (id != null) {
            h.put("ce_id", id);
        }
        return h;
    }

    private static void send(String key, String eventId, String value) {
        KafkaTestClient.send(PostgresKafkaResource.kafka().bootstrapServers(), TOPIC, key, value, headers(eventId));
    }

    private long applied(String orderId) {
        return count("select count(*) from applied_order where order_id = '" + orderId + "'");
    }

    private long count(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
