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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.numguard.complaint.testing.Fixtures.count;
import static io.numguard.complaint.testing.Fixtures.segmentBucketCount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Police referrals, carrier marks, thresholds crossing once, labels published, the regulators' statistics. */
@QuarkusTest
class ReferralAndThresholdTest {
    @Inject
    EntityManager em;

    /** Story step 4: one referral makes the segment SUSPECTED_FRAUD, so an uncomplained number inherits it. */
    @Test
    void aReferralLabelsTheSegmentAndItsUncomplainedNumbersInherit() {
        String segment = Fixtures.allocatedSegment(true);
        String referralId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        try (var labels = KafkaTestClient.tail(Fixtures.bootstrap(), Topics.REPUTATION_LABELS)) {
            Fixtures.sendReferral(eventId, referralId, List.of(segment + "56", "+86 " + segment + "57", "bogus"));
            await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPECTED_FRAUD".equals(
                    Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + segment + "99").then().extract()
                            .path("label")));
            var published = labels.await(r -> segment.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(published, "ce_type")).isEqualTo("io.numguard.reputation.label.v1");
            assertThat(published.value()).contains("\"label\":\"SUSPECTED_FRAUD\"")
                    .contains("\"subjectKind\":\"SEGMENT\"");
        }
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + segment + "99").then()
                .body("verdict", equalTo("WARN")).body("reasonCodes", hasItem("SEGMENT_LABEL_INHERITED"))
                .body("segmentCode", equalTo(segment));
        // the referred numbers themselves: the referral names a police case, so each is confirmed fraud and blocked
        // (police weight 10 alone would have made it SUSPECTED_FRAUD -> WARN)
        Fixtures.as(Fixtures.regulator("CN")).get("/api/reputation/" + segment + "56").then()
                .body("numberLabel", equalTo("FRAUD")).body("verdict", equalTo("BLOCK"));
        assertThat(count("select count(*) from reputation where subject_kind = 'NUMBER' and subject_code = ?1 "
                + "and label = 'FRAUD' and reasons like '%named in police case FZ-2026-%'", segment + "56"))
                .isEqualTo(1);
        assertThat(segmentBucketCount(segment)).isEqualTo(2);

        // redelivered (same CloudEvents id) and re-sent (new id, same referral): counted once
        Fixtures.sendReferral(eventId, referralId, List.of(segment + "56", segment + "57"));
        Fixtures.sendReferral(UUID.randomUUID().toString(), referralId, List.of(segment + "56", segment + "57"));
        String marker = UUID.randomUUID().toString();
        Fixtures.sendReferral(UUID.randomUUID().toString(), marker, List.of(segment + "58"));
        await().atMost(Duration.ofSeconds(30)).until(() -> count(
                "select count(*) from complaint where referral_id = ?1", marker) == 1);
        assertThat(count("select count(*) from complaint where referral_id = ?1", referralId)).isEqualTo(2);
        Fixtures.segmentsFolded();
        assertThat(segmentBucketCount(segment)).isEqualTo(3);
        assertThat(count("select count(*) from processed_event where event_id = ?1", eventId)).isEqualTo(1);
    }

    /** Carrier marks weigh 2: five marks reach the number's 24 h threshold of 10, five more do not signal again. */
    @Test
    void aThresholdSignalsOncePerCrossing() {
        String segment = Fixtures.allocatedSegment(true);
        String number = segment + "31";
        List<Map<String, Object>> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(Fixtures.mark(number, "HARASSMENT"));
        }
        try (var signals = KafkaTestClient.tail(Fixtures.bootstrap(), Topics.COMPLAINT_SIGNALS)) {
            Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", five)).post("/api/complaints/batch").then()
                    .statusCode(200).body("accepted", equalTo(5)).body("counted", equalTo(5));
            var signal = signals.await(r -> segment.equals(r.key()) && r.value().contains("\"number\":\"" + number
                    + "\"") && r.value().contains("\"window\":\"P1D\""), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(signal, "ce_type"))
                    .isEqualTo("io.numguard.signal.threshold-exceeded.v1");
            assertThat(signal.value()).contains("\"weightedCount\":10").contains("\"threshold\":10");
        }
        Fixtures.as(Fixtures.carrier("CM")).body(Map.of("marks", five)).post("/api/complaints/batch").then()
                .statusCode(200).body("accepted", equalTo(5));
        Fixtures.segmentsFolded();
        String numberP1d = "%\"number\":\"" + number + "\"%\"window\":\"P1D\"%";
        assertThat(count("select count(*) from outbox_event where event_type = 'io.numguard.signal"
                + ".threshold-exceeded.v1' and payload like ?1", numberP1d)).isEqualTo(1);
        // the segment crossed its 24 h threshold of 20 with the second batch, once
        String segmentP1d = "%\"segmentCode\":\"" + segment + "\",\"number\":null,\"window\":\"P1D\",\"category\":\"ALL\"%";
        assertThat(count("select count(*) from outbox_event where event_type = 'io.numguard.signal"
                + ".threshold-exceeded.v1' and payload like ?1", segmentP1d)).isEqualTo(1);
        // the number is labelled HARASSMENT (weight 20 >= 10) and a label event was written
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + number).then()
                .body("label", equalTo("HARASSMENT")).body("verdict", equalTo("WARN"));
        assertThat(count("select count(*) from outbox_event where event_type = 'io.numguard.reputation.label.v1'"
                + " and aggregate_key = ?1", number)).isEqualTo(1);
    }

    @Test
    void aBatchKeepsGoodRowsAndReportsBadOnes() {
        String good1 = Fixtures.newNumber();
        String good2 = Fixtures.newNumber();
        List<Object> rows = new ArrayList<>();
        rows.add(Fixtures.mark(good1, "FRAUD"));
        rows.add(Fixtures.mark("12345678", "FRAUD"));
        rows.add(Fixtures.mark(good2, "robocall"));
        rows.add(Fixtures.mark(Fixtures.newNumber(), "SPAM"));
        rows.add(Map.of("number", Fixtures.newNumber(), "category", "FRAUD",
                "markedAt", Instant.now().plusSeconds(3600).toString()));
        rows.add(Map.of("number", Fixtures.newNumber(), "category", "FRAUD", "markedAt", "yesterday"));
        rows.add(Map.of("number", Fixtures.newNumber(), "category", "FRAUD",
                "markedAt", Instant.now().minus(Duration.ofDays(40)).toString()));
        rows.add(null);
        Map<String, Object> withMarker = new java.util.HashMap<>(Fixtures.mark(good1, "HARASSMENT"));
        withMarker.put("markerPhone", "13800138000");
        rows.add(withMarker);
        rows.add(withMarker); // the same subscriber about the same number the same day: stored, not counted

        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", rows)).post("/api/complaints/batch").then()
                .statusCode(200)
                .body("accepted", equalTo(4)).body("rejected", equalTo(6)).body("counted", equalTo(3))
                .body("rows.size()", equalTo(10))
                .body("rows[0].status", equalTo("ACCEPTED"))
                .body("rows[1].reason", equalTo("invalid-number"))
                .body("rows[2].status", equalTo("ACCEPTED"))
                .body("rows[3].reason", equalTo("unknown-category"))
                .body("rows[4].reason", equalTo("time-in-future"))
                .body("rows[5].reason", equalTo("invalid-time"))
                .body("rows[6].reason", equalTo("time-too-old"))
                .body("rows[7].reason", equalTo("empty-row"))
                .body("rows[8].counted", equalTo(true))
                .body("rows[9].counted", equalTo(false));
        assertThat(count("select count(*) from complaint where number in (?1, ?2)", good1, good2)).isEqualTo(4);
        assertThat(count("select count(*) from complaint where reporter = 'CT' and number = ?1 and category ="
                + " 'ROBOCALL'", good2)).isEqualTo(1);
        assertThat(count("select count(*) from complaint where number = '12345678'")).isZero();
    }

    /**
     * Nothing half-written: when storing fails midway (here a trigger refuses one row), none of the batch's rows,
     * buckets or events stay.
     */
    @Test
    void aBatchThatFailsToStoreLeavesNothingBehind() {
        String good = Fixtures.newNumber();
        String poisoned = Fixtures.newNumber();
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("""
                    create or replace function test_refuse_complaint() returns trigger language plpgsql as $$
                    begin
                      if new.number = '%s' then raise exception 'refused by the test'; end if;
                      return new;
                    end $$""".formatted(poisoned)).executeUpdate();
            em.createNativeQuery("create trigger test_refuse_complaint before insert on complaint for each row"
                    + " execute function test_refuse_complaint()").executeUpdate();
        });
        try {
            Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", List.of(Fixtures.mark(good, "FRAUD"),
                            Fixtures.mark(good, "HARASSMENT"), Fixtures.mark(poisoned, "FRAUD"))))
                    .post("/api/complaints/batch").then().statusCode(500)
                    .body("type", equalTo("urn:numguard:problem:internal-error"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                    "drop trigger test_refuse_complaint on complaint").executeUpdate());
        }
        assertThat(count("select count(*) from complaint where number in (?1, ?2)", good, poisoned)).isZero();
        assertThat(count("select count(*) from complaint_bucket where subject_code = ?1", good)).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_key = ?1", good)).isZero();
        // and the same batch goes through once the database accepts it
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", List.of(Fixtures.mark(good, "FRAUD"),
                        Fixtures.mark(poisoned, "FRAUD")))).post("/api/complaints/batch").then().statusCode(200)
                .body("accepted", equalTo(2));
    }

    /** Full batches: 10,000 marks about 100 numbers of one segment, then about 10,000 numbers of many segments. */
    @Test
    void aFullBatchOf10000MarksIsAccepted() {
        String segment = Fixtures.allocatedSegment(true);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            rows.add(Fixtures.mark(segment + String.format("%02d", i % 100), i % 2 == 0 ? "MARKETING" : "OTHER"));
        }
        Fixtures.as(Fixtures.carrier("CU")).body(Map.of("marks", rows)).post("/api/complaints/batch").then()
                .statusCode(200).body("accepted", equalTo(10_000)).body("counted", equalTo(10_000));
        Fixtures.segmentsFolded();
        assertThat(segmentBucketCount(segment)).isEqualTo(10_000);
        List<Map<String, Object>> spread = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            spread.add(Fixtures.mark(Fixtures.newNumber(), "MARKETING"));
        }
        Fixtures.as(Fixtures.carrier("CU")).body(Map.of("marks", spread)).post("/api/complaints/batch").then()
                .statusCode(200).body("accepted", equalTo(10_000));
    }

    /**
     * Distinct complainants are kept per hour of each complainant's latest sighting, not re-read from complaints:
     * a complainant seen again later moves to the later hour, and whatever was written, the kept rows equal a
     * recount from the complaints themselves.
     */
    @Test
    void distinctComplainantsFollowTheLatestSightingAndMatchARecount() {
        String segment = Fixtures.allocatedSegment(true);
        Instant earlier = Instant.now().minus(Duration.ofHours(3));
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", List.of(
                        marked(segment + "01", "13900000001", earlier), marked(segment + "02", "13900000002", earlier))))
                .post("/api/complaints/batch").then().statusCode(200).body("counted", equalTo(2));
        Fixtures.as(Fixtures.carrier("CM")).body(Map.of("marks", List.of(
                        marked(segment + "03", "13900000001", Instant.now().minusSeconds(5)))))
                .post("/api/complaints/batch").then().statusCode(200).body("counted", equalTo(1));
        // an older sighting than the stored one moves nobody; a complainant twice in one batch lands in the later hour
        Fixtures.as(Fixtures.carrier("CU")).body(Map.of("marks", List.of(
                        marked(segment + "04", "13900000001", earlier.minus(Duration.ofHours(2))),
                        marked(segment + "05", "13900000003", earlier),
                        marked(segment + "06", "13900000003", Instant.now().minusSeconds(5)))))
                .post("/api/complaints/batch").then().statusCode(200).body("counted", equalTo(3));

        Fixtures.segmentsFolded();
        // now: ...01 and ...03; three hours ago: ...02
        assertThat(count("select count(*) from complainant_hour where subject_kind = 'SEGMENT' and subject_code = ?1"
                + " and complainants > 0", segment)).isEqualTo(2);
        assertThat(count("select coalesce(sum(complainants), 0) from complainant_hour where subject_kind = 'SEGMENT'"
                + " and subject_code = ?1", segment)).isEqualTo(3);
        // (another test moves time 31 days ahead and lets the hourly pass forget its complainants): the kept hours
        // equal a recount of the counted complaints; numbers keep none (theirs are counted from their complaints)
        assertThat(count("""
                with recount as (
                    select hour, count(*) as n from (
                        select complainant_hash, date_trunc('hour', max(at) at time zone 'UTC') as hour
                        from complaint where counted and complainant_hash is not null and segment_code = ?1
                        group by complainant_hash) l
                    group by hour),
                kept as (
                    select hour at time zone 'UTC' as hour, complainants as n
                    from complainant_hour where complainants > 0 and subject_kind = 'SEGMENT' and subject_code = ?1)
                select count(*) from ((select * from recount except select * from kept)
                                      union all (select * from kept except select * from recount)) d""",
                segment)).isZero();
        assertThat(count("select count(*) from complainant_latest where subject_kind = 'NUMBER' and subject_code like"
                + " ?1 || '%'", segment)).isZero();
    }

    private static Map<String, Object> marked(String number, String markerPhone, Instant at) {
        return Map.of("number", number, "category", "HARASSMENT", "markedAt", at.toString(), "markerPhone",
                markerPhone);
    }

    @Test
    void aBatchOfMoreThan10000RowsIsRefusedWhole() {
        String number = Fixtures.newNumber();
        List<Map<String, Object>> rows = new ArrayList<>();
        Map<String, Object> m = Fixtures.mark(number, "MARKETING");
        for (int i = 0; i < 10_001; i++) {
            rows.add(m);
        }
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", rows)).post("/api/complaints/batch").then()
                .statusCode(413).body("type", equalTo("urn:numguard:problem:batch-too-large"));
        assertThat(count("select count(*) from complaint where number = ?1", number)).isZero();
    }

    @Test
    void regulatorsSeeTheMostComplainedSegments() {
        String segment = Fixtures.allocatedSegment(true);
        Fixtures.sendReferral(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                List.of(segment + "01", segment + "02", segment + "03", segment + "04", segment + "05",
                        segment + "06", segment + "07", segment + "08", segment + "09", segment + "10",
                        segment + "11", segment + "12"));
        await().atMost(Duration.ofSeconds(30)).until(() -> segmentBucketCount(segment) == 12);
        Fixtures.as(Fixtures.citizen()).body(Map.of("number", segment + "13", "category", "FRAUD"))
                .post("/api/complaints").then().statusCode(201);
        Fixtures.segmentsFolded();

        Fixtures.as(Fixtures.regulator("FJ")).get("/api/stats/segments?top=1").then().statusCode(200)
                .body("size()", equalTo(1));
        var top = Fixtures.as(Fixtures.regulator("CN")).get("/api/stats/segments?top=100").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> list = top.getList("$");
        Map<String, Object> mine = list.stream().filter(s -> segment.equals(s.get("segmentCode"))).findFirst()
                .orElseThrow();
        assertThat(mine).containsEntry("complaints24h", 13).containsEntry("complaints7d", 13)
                .containsEntry("complaints30d", 13).containsEntry("weighted30d", 121)
                .containsEntry("distinctComplainants30d", 1).containsEntry("label", "FRAUD");
        // most complained first
        List<Integer> weighted = list.stream().map(s -> (Integer) s.get("weighted30d")).toList();
        assertThat(weighted).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Fixtures.as(Fixtures.regulator("CN")).get("/api/stats/segments?top=0").then().statusCode(400);
        Fixtures.as(Fixtures.regulator("CN")).get("/api/stats/segments?top=101").then().statusCode(400);
    }
}
