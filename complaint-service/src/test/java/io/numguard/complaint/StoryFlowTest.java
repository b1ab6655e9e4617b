package io.numguard.complaint;

import io.numguard.complaint.testing.Fixtures;
import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Steps 1-4 and 6 of the story in ARCHITECTURE.md, as this service sees them, on segment 95123. */
@QuarkusTest
class StoryFlowTest {

    @Test
    void complaintsOnNeighbouringNumbersSignalTheSegmentAReferralLabelsItAndRevocationBlocks() {
        // 1. the registry allocated 95123 (inbound only) and expanded it to 8 digits
        Fixtures.sendSegment("segment.allocated", "95123", "ALLOCATED", false);
        Fixtures.sendSegment("segment.expanded", "95123", "ALLOCATED", false);
        Fixtures.awaitSegmentStatus("95123", "ALLOCATED");

        try (var signals = KafkaTestClient.tail(Fixtures.bootstrap(), Topics.COMPLAINT_SIGNALS)) {
            // 2. citizens and carrier CT report harassment and fraud on numbers differing in their last digits
            for (String n : List.of("95123456", "95123457", "95123458")) {
                Fixtures.as(Fixtures.citizen()).body(Map.of("number", n, "category", "HARASSMENT",
                        "text", "calls every day")).post("/api/complaints").then().statusCode(201);
            }
            List<Map<String, Object>> marks = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                marks.add(Fixtures.mark("9512345" + (6 + i % 3), i % 2 == 0 ? "FRAUD" : "HARASSMENT"));
            }
            Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", marks)).post("/api/complaints/batch").then()
                    .statusCode(200).body("accepted", equalTo(9));

            // 3. 3 x 1 + 9 x 2 = 21 >= 20: the segment crossed its 24 h threshold, once
            var signal = signals.await(r -> "95123".equals(r.key()) && r.value().contains("\"number\":null")
                    && r.value().contains("\"category\":\"ALL\""), Duration.ofSeconds(30));
            assertThat(signal.value()).contains("\"window\":\"P1D\"").contains("\"weightedCount\":21")
                    .contains("\"distinctComplainants\":3");
        }
        Fixtures.as(Fixtures.regulator("CN")).get("/api/stats/segments?top=100").then().statusCode(200)
                .body("find { it.segmentCode == '95123' }.complaints24h", equalTo(12))
                .body("find { it.segmentCode == '95123' }.distinctComplainants30d", equalTo(3));

        // 4. a police referral: the segment becomes SUSPECTED_FRAUD, so an uncomplained number is labelled too
        Fixtures.sendReferral(UUID.randomUUID().toString(), UUID.randomUUID().toString(),
                List.of("95123456", "95123457"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPECTED_FRAUD".equals(Fixtures.as(
                Fixtures.carrier("CM")).get("/api/reputation/95123999").then().extract().path("label")));
        Fixtures.as(Fixtures.carrier("CM")).get("/api/reputation/95123999").then()
                .body("verdict", equalTo("WARN")).body("segmentCode", equalTo("95123"))
                .body("reasonCodes", hasItem("SEGMENT_LABEL_INHERITED"));

        // 6. the registry revokes the segment: every number of it is blocked
        Fixtures.sendSegment("segment.revoked", "95123", "REVOKED", false);
        Fixtures.awaitSegmentStatus("95123", "REVOKED");
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("numbers", List.of("95123456", "95123999")))
                .post("/api/reputation/lookup").then().statusCode(200)
                .body("results[0].verdict", equalTo("BLOCK")).body("results[1].verdict", equalTo("BLOCK"))
                .body("results[1].segmentStatus", equalTo("REVOKED"));
    }
}
