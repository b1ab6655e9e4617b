package io.numguard.complaint.messaging;

import io.numguard.complaint.testing.Fixtures;
import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** The registry's segment events become local state, and the verdict follows the segment's registry state. */
@QuarkusTest
class SegmentEventsTest {
    @Inject
    EntityManager em;

    @Test
    void anUnfiledSubNumberOfAnExpandedSegmentIsSaidSoOnceItsFilingsAreKnown() {
        String segment = Fixtures.allocatedSegment(true);
        String filed = segment + "01";
        String unfiled = segment + "02";
        // before expansion the service cannot know every filing, so it does not guess
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + unfiled).then().statusCode(200)
                .body("reasonCodes", not(hasItem("UNFILED_SUB_NUMBER")));

        Fixtures.sendSegment("segment.expanded", segment, "ALLOCATED", true);
        String filingId = UUID.randomUUID().toString();
        String filing = "{\"segmentCode\":\"" + segment + "\",\"number\":\"" + filed + "\",\"filedAt\":\""
                + Instant.now() + "\",\"replacesEarlierFiling\":false}";
        KafkaTestClient.send(Fixtures.bootstrap(), Topics.REGISTRY_SEGMENTS, segment, filing,
                Fixtures.ceHeaders(filingId, "segment.sub-number-filed"));
        KafkaTestClient.send(Fixtures.bootstrap(), Topics.REGISTRY_SEGMENTS, segment, filing,
                Fixtures.ceHeaders(filingId, "segment.sub-number-filed")); // redelivery

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Fixtures.as(Fixtures.carrier("CT"))
                .get("/api/reputation/" + unfiled).then().statusCode(200).body("verdict", equalTo("WARN"))
                .body("reasonCodes", hasItem("UNFILED_SUB_NUMBER")));
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + filed).then().statusCode(200)
                .body("verdict", equalTo("ALLOW")).body("reasonCodes", not(hasItem("UNFILED_SUB_NUMBER")));
        // a call to the number (inbound) is not screened for filing
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + unfiled + "?direction=INBOUND").then()
                .body("reasonCodes", not(hasItem("UNFILED_SUB_NUMBER")));
        assertThat(Fixtures.count("select count(*) from sub_number_filing where number = ?1", filed)).isEqualTo(1);
        assertThat(Fixtures.count("select count(*) from processed_event where event_id = ?1", filingId))
                .isEqualTo(1);
    }

    @Test
    void anAllocatedInboundOnlySegmentWarnsOnOutboundCallsAndARevokedOneBlocks() {
        String segment = Fixtures.allocatedSegment(false);
        String number = segment + "12";

        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + number).then().statusCode(200)
                .body("number", equalTo(number)).body("segmentCode", equalTo(segment))
                .body("segmentStatus", equalTo("ALLOCATED")).body("label", equalTo("NONE"))
                .body("verdict", equalTo("WARN")).body("score", equalTo(0))
                .body("reasonCodes", hasItem("OUTBOUND_FROM_INBOUND_ONLY"));
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + number + "?direction=INBOUND").then()
                .statusCode(200).body("verdict", equalTo("ALLOW"));

        Fixtures.sendSegment("segment.outbound-changed", segment, "ALLOCATED", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> "ALLOW".equals(Fixtures.as(Fixtures.carrier("CT"))
                .get("/api/reputation/" + number).then().extract().path("verdict")));

        Fixtures.sendSegment("segment.revoked", segment, "REVOKED", true);
        Fixtures.awaitSegmentStatus(segment, "REVOKED");
        Fixtures.as(Fixtures.police()).get("/api/reputation/" + number).then().statusCode(200)
                .body("verdict", equalTo("BLOCK")).body("segmentStatus", equalTo("REVOKED"))
                .body("reasonCodes", hasItem("SEGMENT_REVOKED"));
    }

    @Test
    void aSuspendedSegmentBlocksAndAnUnknownOneWarns() {
        String segment = Fixtures.allocatedSegment(true);
        Fixtures.sendSegment("segment.suspended", segment, "SUSPENDED", true);
        Fixtures.awaitSegmentStatus(segment, "SUSPENDED");
        Fixtures.as(Fixtures.carrier("CM")).get("/api/reputation/" + segment + "77").then().statusCode(200)
                .body("verdict", equalTo("BLOCK")).body("reasonCodes", hasItem("SEGMENT_SUSPENDED"));

        String unknown = Fixtures.newNumber();
        Fixtures.as(Fixtures.carrier("CM")).get("/api/reputation/" + unknown).then().statusCode(200)
                .body("segmentStatus", equalTo("UNKNOWN")).body("verdict", equalTo("WARN"))
                .body("segmentCode", equalTo(unknown.substring(0, 5)));
    }

    /** The same CloudEvent twice changes nothing the second time, even without a time to compare. */
    @Test
    void aRedeliveredSegmentEventIsANoOp() {
        String segment = Fixtures.allocatedSegment(true);
        String suspendId = UUID.randomUUID().toString();
        Fixtures.sendSegment(suspendId, "segment.suspended", segment, "SUSPENDED", true, null);
        Fixtures.awaitSegmentStatus(segment, "SUSPENDED");
        Fixtures.sendSegment(UUID.randomUUID().toString(), "segment.reinstated", segment, "ALLOCATED", true, null);
        Fixtures.awaitSegmentStatus(segment, "ALLOCATED");

        Fixtures.sendSegment(suspendId, "segment.suspended", segment, "SUSPENDED", true, null); // redelivery
        // a later event on the same key (same partition) proves the redelivery has been consumed
        Fixtures.sendSegment(UUID.randomUUID().toString(), "segment.outbound-changed", segment, "ALLOCATED", false,
                null);
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.FALSE.equals(QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select outbound_authorised from segment_registry where code = ?1")
                        .setParameter(1, segment).getSingleResult())));
        Fixtures.as(Fixtures.regulator("FJ")).get("/api/reputation/" + segment + "00").then()
                .body("segmentStatus", equalTo("ALLOCATED"));
        Number processed = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                "select count(*) from processed_event where event_id = ?1").setParameter(1, suspendId)
                .getSingleResult());
        assertThat(processed.intValue()).isEqualTo(1);
    }

    @Test
    void anOlderStateDoesNotOverwriteANewerOne() {
        String segment = Fixtures.allocatedSegment(true);
        Instant t = Instant.now();
        Fixtures.sendSegment(UUID.randomUUID().toString(), "segment.revoked", segment, "REVOKED", true,
                t.plusSeconds(10));
        Fixtures.awaitSegmentStatus(segment, "REVOKED");
        Fixtures.sendSegment(UUID.randomUUID().toString(), "segment.allocated", segment, "ALLOCATED", false,
                t.minusSeconds(10));
        Fixtures.sendSegment(UUID.randomUUID().toString(), "segment.revoked", segment, "REVOKED", false,
                t.plusSeconds(20));
        await().atMost(Duration.ofSeconds(30)).until(() -> Boolean.FALSE.equals(QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select outbound_authorised from segment_registry where code = ?1")
                        .setParameter(1, segment).getSingleResult())));
        Fixtures.awaitSegmentStatus(segment, "REVOKED");
    }

    @Test
    void aMalformedSegmentEventGoesToTheDeadLetterTopic() {
        String key = Fixtures.newSegment();
        try (var dlq = KafkaTestClient.tail(Fixtures.bootstrap(), Topics.dlq(Topics.REGISTRY_SEGMENTS))) {
            KafkaTestClient.send(Fixtures.bootstrap(), Topics.REGISTRY_SEGMENTS, key, "{\"code\":\"" + key + "\"}",
                    Fixtures.ceHeaders(UUID.randomUUID().toString(), "segment.allocated"));
            var dead = dlq.await(r -> key.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(dead, "dead-letter-reason")).contains("SegmentChanged");
        }
        // the consumer keeps going
        String next = Fixtures.allocatedSegment(true);
        Fixtures.as(Fixtures.regulator("CN")).get("/api/reputation/" + next + "01").then()
                .body("segmentStatus", equalTo("ALLOCATED"));
    }

    @Test
    void aLookupAnswersEachNumberAndReportsMalformedOnesInPlace() {
        String segment = Fixtures.allocatedSegment(true);
        Fixtures.sendSegment("segment.revoked", segment, "REVOKED", true);
        Fixtures.awaitSegmentStatus(segment, "REVOKED");
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("numbers", List.of(segment + "01", "12345", "+86 "
                        + segment + "02")))
                .post("/api/reputation/lookup").then().statusCode(200)
                .body("results.size()", equalTo(3))
                .body("results[0].verdict", equalTo("BLOCK"))
                .body("results[1].error.type", equalTo("urn:numguard:problem:invalid-number"))
                .body("results[1].number", equalTo("12345"))
                .body("results[2].number", equalTo(segment + "02"))
                .body("results[2].verdict", equalTo("BLOCK"));
        List<String> tooMany = java.util.stream.IntStream.range(0, 1001).mapToObj(i -> segment + "01").toList();
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("numbers", tooMany)).post("/api/reputation/lookup").then()
                .statusCode(413).body("type", equalTo("urn:numguard:problem:batch-too-large"));
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/95x").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-number"));
    }
}
