package io.numguard.complaint.rest;

import io.numguard.complaint.testing.Fixtures;
import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Call statistics: robot-like dialling raises signal.robocall-suspected, once per subject per day. */
@QuarkusTest
class CallStatsTest {

    private static Map<String, Object> stats(String number, long attempted, long answered, double mean) {
        Map<String, Object> m = new HashMap<>();
        m.put("number", number);
        m.put("hour", Instant.now().truncatedTo(ChronoUnit.HOURS).toString());
        m.put("attempted", attempted);
        m.put("answered", answered);
        m.put("meanDurationSeconds", mean);
        return m;
    }

    @Test
    void robotLikeDiallingIsSignalledOncePerDay() {
        String segment = Fixtures.allocatedSegment(true);
        List<Map<String, Object>> rows = List.of(stats(segment + "41", 300, 20, 5.0),
                stats(segment + "42", 300, 10, 4.0), stats(segment + "43", 20, 15, 120.0));
        try (var signals = KafkaTestClient.tail(Fixtures.bootstrap(), Topics.COMPLAINT_SIGNALS)) {
            Fixtures.as(Fixtures.carrier("CT")).body(Map.of("stats", rows)).post("/api/call-stats").then()
                    .statusCode(200).body("accepted", equalTo(3)).body("rejected", equalTo(0))
                    // two numbers dial like robots; the dormant segment spiked to 620 calls in one hour
                    .body("robocallSignals", equalTo(3));
            var numberSignal = signals.await(r -> segment.equals(r.key())
                    && r.value().contains("\"number\":\"" + segment + "41\""), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(numberSignal, "ce_type"))
                    .isEqualTo("io.numguard.signal.robocall-suspected.v1");
            assertThat(numberSignal.value()).contains("HIGH_VOLUME_SHORT_UNANSWERED");
            var segmentSignal = signals.await(r -> segment.equals(r.key()) && r.value().contains("\"number\":null"),
                    Duration.ofSeconds(30));
            assertThat(segmentSignal.value()).contains("DORMANT_SEGMENT_SPIKE");
        }
        // the same hour again (a carrier's correction): stored, not signalled twice on one day
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("stats", rows)).post("/api/call-stats").then()
                .statusCode(200).body("accepted", equalTo(3)).body("robocallSignals", equalTo(0));
    }

    @Test
    void badRowsAreReportedOneByOne() {
        Map<String, Object> missing = stats(Fixtures.newNumber(), 10, 5, 30.0);
        missing.remove("answered");
        Fixtures.as(Fixtures.carrier("CM")).body(Map.of("stats", List.of(
                        stats(Fixtures.newNumber(), 10, 20, 30.0),
                        stats("not-a-number", 10, 5, 30.0),
                        missing,
                        stats(Fixtures.newNumber(), 10, 5, 30.0))))
                .post("/api/call-stats").then().statusCode(200)
                .body("accepted", equalTo(1)).body("rejected", equalTo(3))
                .body("rows[0].reason", equalTo("invalid-call-statistics"))
                .body("rows[1].reason", equalTo("invalid-number"))
                .body("rows[2].reason", equalTo("invalid-call-statistics"))
                .body("rows[3].status", equalTo("ACCEPTED"));
    }
}
