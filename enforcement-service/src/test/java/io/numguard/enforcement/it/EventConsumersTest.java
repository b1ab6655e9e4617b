package io.numguard.enforcement.it;

import io.numguard.contracts.EventType;
import io.numguard.contracts.Topics;
import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.enforcement.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.bootstrap;
import static io.numguard.enforcement.testing.Api.event;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static io.numguard.enforcement.testing.Api.newUscc;
import static io.numguard.enforcement.testing.Api.segment;
import static io.numguard.enforcement.testing.Api.send;
import static io.numguard.enforcement.testing.Api.sendAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Signals and registry events open or join cases, once each however often they are delivered. */
@QuarkusTest
class EventConsumersTest {
    @Inject
    Db db;

    long casesOf(String kind, String subject) {
        return db.count("select count(*) from enforcement_case where subject_kind = ?1 and subject_id = ?2", kind,
                subject);
    }

    String openCaseOf(String kind, String subject) {
        return (String) db.single("select id from enforcement_case where subject_kind = ?1 and subject_id = ?2 "
                + "and state <> 'CLOSED'", kind, subject);
    }

    @Test
    void signalsOpenOneCasePerSegmentAndARedeliveredSignalChangesNothing() {
        String code = newSegmentCode();
        allocateSegment(code, newUscc(), "FJ", List.of("CT"));
        db.awaitSegment(code, "ALLOCATED");

        ThresholdExceeded crossed = new ThresholdExceeded(code, null, "P7D", "ALL", 120, 100, 37, Instant.now());
        String id = UUID.randomUUID().toString();
        send(id, EventType.SIGNAL_THRESHOLD_EXCEEDED, code, crossed);
        send(id, EventType.SIGNAL_THRESHOLD_EXCEEDED, code, crossed); // redelivered
        send(EventType.SIGNAL_ROBOCALL_SUSPECTED, code, new RobocallSuspected(code, code + "12", Instant.now(), 4000,
                0.02, 6.5, "dormant segment spiked", Instant.now()));
        send(id, EventType.SIGNAL_THRESHOLD_EXCEEDED, code, crossed); // and once more, after the robocall signal
        send(EventType.SIGNAL_ROBOCALL_SUSPECTED, code, new RobocallSuspected(code, code + "13", Instant.now(), 5000,
                0.01, 5.0, "second spike", Instant.now()));

        // same key, same partition, handled in order: once the last record is applied, every one before it was
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf("SEGMENT", code) == 1
                && ((String) db.single("select triggers from enforcement_case where subject_id = ?1", code))
                .contains("second spike"));
        String caseId = openCaseOf("SEGMENT", code);
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("province", equalTo("FJ")).body("openedBy", equalTo("system"))
                .body("triggers", hasSize(3))
                .body("triggers[0].kind", equalTo("THRESHOLD_EXCEEDED"))
                .body("triggers[1].kind", equalTo("ROBOCALL_SUSPECTED"))
                .body("triggers[2].kind", equalTo("ROBOCALL_SUSPECTED"));
        assertThat(db.count("select count(*) from decision_log where subject = ?1 and kind = 'CASE_OPENED'",
                "case/" + caseId)).isEqualTo(1);
    }

    /**
     * A carrier's batch crosses the thresholds of many segments at once: the burst is applied a poll at a time, each
     * segment still gets one case with its triggers in order, one CASE_OPENED entry, and the log's chain holds.
     */
    @Test
    void aBurstOfSignalsOpensOneCasePerSegmentWithItsTriggersInOrder() {
        List<String> codes = new ArrayList<>();
        while (codes.size() < 40) {
            String code = newSegmentCode();
            if (!codes.contains(code) && casesOf("SEGMENT", code) == 0) {
                codes.add(code);
            }
        }
        List<KafkaTestClient.Outgoing> burst = new ArrayList<>();
        for (String window : List.of("P1D", "P7D")) {
            for (String code : codes) {
                burst.add(event(EventType.SIGNAL_THRESHOLD_EXCEEDED, code,
                        new ThresholdExceeded(code, null, window, "ALL", 60, 50, 20, Instant.now())));
            }
        }
        for (String code : codes) {
            burst.add(event(EventType.SIGNAL_ROBOCALL_SUSPECTED, code, new RobocallSuspected(code, code + "77",
                    Instant.now(), 4000, 0.02, 6.5, "burst", Instant.now())));
        }
        sendAll(Topics.COMPLAINT_SIGNALS, burst);

        await().atMost(Duration.ofSeconds(60)).until(() -> codes.stream().allMatch(code -> casesOf("SEGMENT", code) == 1
                && ((String) db.single("select triggers from enforcement_case where subject_id = ?1", code))
                .contains("burst")));
        for (String code : codes) {
            assertThat(casesOf("SEGMENT", code)).as(code).isEqualTo(1);
            String caseId = openCaseOf("SEGMENT", code);
            as(REGULATOR_CN).get("/api/cases/{id}", caseId).then().statusCode(200)
                    .body("triggers", hasSize(3))
                    .body("triggers[0].summary", containsString("P1D"))
                    .body("triggers[1].summary", containsString("P7D"))
                    .body("triggers[2].kind", equalTo("ROBOCALL_SUSPECTED"));
            assertThat(db.count("select count(*) from decision_log where subject = ?1 and kind = 'CASE_OPENED'",
                    "case/" + caseId)).isEqualTo(1);
        }
        // applied a poll at a time: the events of one poll are recorded with one time
        assertThat(db.count("select count(distinct processed_at) from processed_event where consumer = "
                + "'enforcement.signals' and event_id in (" + String.join(",", burst.stream()
                .map(o -> "'" + o.headers().get("ce_id") + "'").toList()) + ")")).isLessThan(burst.size() / 2);
        as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void aSignalForASegmentNotKnownYetOpensACaseOnlyTheMinistryMayTouchUntilTheRegistrySaysWhere() {
        String code = newSegmentCode();
        send(EventType.SIGNAL_THRESHOLD_EXCEEDED, code,
                new ThresholdExceeded(code, code + "01", "P1D", "FRAUD", 30, 20, 12, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf("SEGMENT", code) == 1);
        String caseId = openCaseOf("SEGMENT", code);
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(403);
        as(REGULATOR_CN).get("/api/cases/{id}", caseId).then().statusCode(200).body("province", equalTo("CN"));

        // once the registry says where the segment is, its province's regulators take the case over
        allocateSegment(code, newUscc(), "FJ", List.of("CT"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FJ".equals(
                db.single("select province from enforcement_case where id = ?1", caseId)));
        as(REGULATOR_FJ).get("/api/cases?state=OPEN").then().statusCode(200).body("id", hasItem(caseId));
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(200).body("province", equalTo("FJ"))
                .body("licenseeUscc", notNullValue());
    }

    @Test
    void aSubNumberFilingOnTheSegmentsTopicIsTakenAndChangesNoSegment() {
        String code = newSegmentCode();
        allocateSegment(code, newUscc(), "FJ", List.of("CT"));
        db.awaitSegment(code, "ALLOCATED");
        String id = send(EventType.SEGMENT_SUB_NUMBER_FILED, code,
                new io.numguard.contracts.events.SubNumberFiled(code, code + "01", Instant.now(), false));
        // processed (not dead-lettered after failing as a segment state), and the segment is as it was
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from processed_event where consumer = 'enforcement.segments' and event_id = ?1",
                id) == 1);
        db.awaitSegment(code, "ALLOCATED");
    }

    @Test
    void aSuspectedResaleOpensALicenseeCaseOnceAndAPlainControlChangeNone() {
        String uscc = newUscc();
        String plain = newUscc();
        LicenseeControlChanged resale = new LicenseeControlChanged(uscc, "FJ", "CONTROLLING_SHAREHOLDER", true,
                Instant.now().minus(Duration.ofDays(90)), List.of(), Instant.now());
        String id = UUID.randomUUID().toString();
        send(EventType.LICENSEE_CONTROL_CHANGED, plain, new LicenseeControlChanged(plain, "FJ", "LEGAL_REPRESENTATIVE",
                false, null, List.of(), Instant.now()));
        send(id, EventType.LICENSEE_CONTROL_CHANGED, uscc, resale);
        send(id, EventType.LICENSEE_CONTROL_CHANGED, uscc, resale);
        send(EventType.LICENSEE_CONTROL_CHANGED, uscc, new LicenseeControlChanged(uscc, "FJ", "LEGAL_REPRESENTATIVE",
                true, Instant.now().minus(Duration.ofDays(30)), List.of(), Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf("LICENSEE", uscc) == 1
                && ((String) db.single("select triggers from enforcement_case where subject_id = ?1", uscc))
                .contains("LEGAL_REPRESENTATIVE"));
        String caseId = openCaseOf("LICENSEE", uscc);
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("province", equalTo("FJ")).body("triggers", hasSize(2))
                .body("triggers[0].kind", equalTo("RESALE_SUSPECTED"));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from known_licensee where uscc = ?1", plain) == 1);
        assertThat(casesOf("LICENSEE", plain)).isZero();
    }

    @Test
    void aSegmentStatusTheContractDoesNotNameIsDeadLetteredAndAKnownOneIsStoredByItsContractName() {
        String code = newSegmentCode();
        String uscc = newUscc();
        allocateSegment(code, uscc, "FJ", List.of("CT"));
        db.awaitSegment(code, "ALLOCATED");
        try (var dlq = KafkaTestClient.tail(bootstrap(), Topics.dlq(Topics.REGISTRY_SEGMENTS))) {
            send(EventType.SEGMENT_SUSPENDED, code, segment(code, uscc, "FJ", "PENDING", List.of("CT"), null,
                    Instant.now()));
            dlq.await(r -> code.equals(r.key()), Duration.ofSeconds(30));
        }
        db.awaitSegment(code, "ALLOCATED");
        send(EventType.SEGMENT_SUSPENDED, code, segment(code, uscc, "FJ", " suspended", List.of("CT"), null,
                Instant.now()));
        db.awaitSegment(code, "SUSPENDED");
    }

    @Test
    void aMalformedEventGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String code = newSegmentCode();
        try (var dlq = KafkaTestClient.tail(bootstrap(), Topics.dlq(Topics.COMPLAINT_SIGNALS))) {
            KafkaTestClient.send(bootstrap(), Topics.COMPLAINT_SIGNALS, code, "{not json", Map.of(
                    "ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                    "ce_type", EventType.SIGNAL_THRESHOLD_EXCEEDED.wireName(), "ce_source", "/test"));
            send(EventType.SIGNAL_THRESHOLD_EXCEEDED, "12345",
                    new ThresholdExceeded("12345", null, "P7D", "ALL", 120, 100, 37, Instant.now()));
            dlq.await(r -> code.equals(r.key()), Duration.ofSeconds(30));
            dlq.await(r -> "12345".equals(r.key()), Duration.ofSeconds(30));
        }
        send(EventType.SIGNAL_THRESHOLD_EXCEEDED, code,
                new ThresholdExceeded(code, null, "P7D", "ALL", 120, 100, 37, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> casesOf("SEGMENT", code) == 1);
    }
}
