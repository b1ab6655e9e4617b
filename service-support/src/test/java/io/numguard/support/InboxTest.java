package io.numguard.support;

import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.devstack.testing.PostgresKafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import io.numguard.contracts.events.Order;
import io.numguard.support.inbox.InboundEvent;
import io.numguard.support.inbox.Inbox;
import io.numguard.support.inbox.RejectedEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class InboxTest {
    private static final String TOPIC = Topics.ENFORCEMENT_ORDERS;

    @Inject
    EntityManager em;
    @Inject
    Inbox inbox;

    /**
     * A poll applies in one transaction; an id twice in it applies once, an unreadable record is set aside. A poll
     * with a record the handler rejects falls back to one transaction per record: the others apply, the rejected one
     * goes to the dead-letter topic, the redelivered one changes nothing.
     */
    @Test
    void aPollAppliesAsOneAndFallsBackRecordByRecordWhenOneIsRejected() {
        String key = "95" + (100 + (int) (Math.random() * 800));
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String c = UUID.randomUUID().toString();
        String orderA = "order-" + UUID.randomUUID();
        String orderB = "order-" + UUID.randomUUID();
        String orderC = "order-" + UUID.randomUUID();
        String bootstrap = PostgresKafkaResource.kafka().bootstrapServers();
        try (var dlq = KafkaTestClient.tail(bootstrap, Topics.dlq(TOPIC))) {
            List<Inbox.Outcome> first = inbox.handleAll("test.direct", List.of(
                    record(0, key, a, order(orderA, key, "first")),
                    record(1, key, a, order(orderA, key, "first")),
                    record(2, key, b, order(orderB, key, "second")),
                    record(3, key, UUID.randomUUID().toString(), "{not json"),
                    record(4, key, c, order(orderC, key, "third"))), events -> events.forEach(this::applyDirectly));
            assertThat(first).containsExactly(Inbox.Outcome.APPLIED, Inbox.Outcome.DUPLICATE, Inbox.Outcome.APPLIED,
                    Inbox.Outcome.DEAD_LETTERED, Inbox.Outcome.APPLIED);
            assertThat(List.of(appliedDirectly(orderA), appliedDirectly(orderB), appliedDirectly(orderC)))
                    .containsExactly(1L, 1L, 1L);

            String rejected = UUID.randomUUID().toString();
            String d = UUID.randomUUID().toString();
            String orderD = "order-" + UUID.randomUUID();
            List<Inbox.Outcome> second = inbox.handleAll("test.direct", List.of(
                    record(5, key, a, order(orderA, key, "first")),
                    record(6, key, rejected, order("o-" + UUID.randomUUID(), key, "unknown-segment")),
                    record(7, key, d, order(orderD, key, "fourth"))), events -> events.forEach(this::applyDirectly));
            assertThat(second).containsExactly(Inbox.Outcome.DUPLICATE, Inbox.Outcome.DEAD_LETTERED,
                    Inbox.Outcome.APPLIED);
            assertThat(List.of(appliedDirectly(orderA), appliedDirectly(orderD))).containsExactly(1L, 1L);
            assertThat(count("select count(*) from processed_event where consumer = 'test.direct' and event_id in ('"
                    + a + "', '" + b + "', '" + c + "', '" + d + "', '" + rejected + "')")).isEqualTo(4);
            assertThat(reason(dlq, rejected)).contains("is not held here");
        }
    }

    private void applyDirectly(InboundEvent event) {
        Order order = event.data(Order.class);
        if ("unknown-segment".equals(order.reason())) {
            throw new RejectedEventException("segment " + order.segmentCode() + " is not held here");
        }
        em.createNativeQuery("insert into applied_order (order_id, event_id, consumer) values (?1, ?2, 'test.direct')")
                .setParameter(1, order.orderId()).setParameter(2, event.id()).executeUpdate();
    }

    private long appliedDirectly(String orderId) {
        return count("select count(*) from applied_order where consumer = 'test.direct' and order_id = '" + orderId
                + "'");
    }

    private static ConsumerRecord<String, String> record(long offset, String key, String eventId, String value) {
        RecordHeaders headers = new RecordHeaders();
        headers(eventId).forEach((k, v) -> headers.add(k, v.getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>(TOPIC, 0, offset, System.currentTimeMillis(), TimestampType.CREATE_TIME, -1, -1,
                key, value, headers, Optional.empty());
    }

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
            // a type no version of the contract this consumer knows has: set aside, not dropped unseen
            String unknownType = UUID.randomUUID().toString();
            Map<String, String> teleport = headers(unknownType);
            teleport.put("ce_type", "io.numguard.order.teleport.v1");
            KafkaTestClient.send(bootstrap, TOPIC, key, order("o-" + UUID.randomUUID(), key, "x"), teleport);
            String sentinel = "order-" + UUID.randomUUID();
            send(key, UUID.randomUUID().toString(), order(sentinel, key, "after the bad ones"));

            await().atMost(Duration.ofSeconds(30)).until(() -> applied(sentinel) == 1);

            assertThat(reason(dlq, notJson)).contains("not a valid Order");
            assertThat(reason(dlq, invalid)).contains("missing required field 'orderId'");
            assertThat(reason(dlq, rejected)).contains("is not held here");
            assertThat(reason(dlq, unknownType)).contains("io.numguard.order.teleport.v1")
                    .contains("unknown to this consumer");
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
        return count("select count(*) from applied_order where consumer = 'test.orders' and order_id = '" + orderId
                + "'");
    }

    private long count(String sql) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
