package io.numguard.enforcement.it;

import io.numguard.contracts.EventType;
import io.numguard.contracts.Topics;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.enforcement.acknowledgement.service.AcknowledgementService;
import io.numguard.enforcement.testing.Db;
import io.numguard.enforcement.testing.TestClockProducer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.bootstrap;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static io.numguard.enforcement.testing.Api.newUscc;
import static io.numguard.enforcement.testing.Api.registerLicensee;
import static io.numguard.enforcement.testing.Api.segment;
import static io.numguard.enforcement.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Steps 3 to 8 of the story in ARCHITECTURE.md, as far as this service carries them, through events and the API. */
@QuarkusTest
class StoryApiTest {
    @Inject
    Db db;
    @Inject
    AcknowledgementService acknowledgements;

    @Test
    void fromSignalToRevocationAcknowledgementsSanctionAndAnIntactLog() {
        String code = newSegmentCode();
        String uscc = newUscc();
        registerLicensee(uscc, "FJ", "lr-" + uscc);
        allocateSegment(code, uscc, "FJ", List.of("CT", "CM"));
        db.awaitLicensee(uscc, "FJ");
        db.awaitSegment(code, "ALLOCATED");

        // 3. the segment crosses its threshold: the service opens a case
        send(EventType.SIGNAL_THRESHOLD_EXCEEDED, code,
                new ThresholdExceeded(code, null, "P7D", "ALL", 120, 100, 37, Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from enforcement_case where subject_id = ?1", code) == 1);
        String caseId = (String) db.single("select id from enforcement_case where subject_id = ?1", code);

        // 4. police refer numbers differing in their last digits: they join the same case
        as(POLICE_FZ).body(Map.of("policeCaseNumber", "FZ-2025-0117", "lossYuan", 350000,
                        "suspectNumbers", List.of(code + "56", code + "57", code + "58")))
                .post("/api/referrals").then().statusCode(201).body("caseIds", contains(caseId));

        // 5. regulator.fj proposes revocation; the same user cannot approve; regulator.fj2 does
        String orderId;
        try (var orders = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_ORDERS);
             var sanctions = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_SANCTIONS)) {
            CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
            CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "PROPOSE_REVOCATION", "fraud confirmed by FZ-PSB", true)
                    .statusCode(200);
            CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "APPROVE", null, false).statusCode(403);
            orderId = CaseWorkflowApiTest.act(REGULATOR_FJ2, caseId, "APPROVE", "APPROVE for the test", false).statusCode(200)
                    .extract().path("orders[0].orderId");
            orders.await(r -> code.equals(r.key()) && r.value().contains(orderId), Duration.ofSeconds(30));
            // 8. revoked for fraud: joint punishment on the licensee and its legal representative
            var imposed = sanctions.await(r -> uscc.equals(r.key()), Duration.ofSeconds(30));
            assertThat(imposed.value()).contains("lr-" + uscc).contains(caseId);
        }

        // 6. the registry revokes the segment on the order; 7. CT acknowledges, CM misses its deadline
        send(EventType.SEGMENT_REVOKED, code, segment(code, uscc, "FJ", "REVOKED", List.of("CT", "CM"), orderId,
                TestClockProducer.CLOCK.instant()));
        db.awaitObligation(orderId);
        as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(201);
        TestClockProducer.CLOCK.advance(Duration.ofHours(25));
        acknowledgements.escalateOverdue();
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("state", equalTo("REVOCATION_APPROVED"))
                .body("triggers.kind", contains("THRESHOLD_EXCEEDED", "POLICE_REFERRAL"))
                .body("escalations.carrierId", contains("CM"));
        as(REGULATOR_CN).get("/api/sanctions?uscc={u}&active=true", uscc).then().statusCode(200)
                .body("caseId", hasItem(caseId));

        as(REGULATOR_FJ).get("/api/decision-log?subject=case/{id}", caseId).then().statusCode(200)
                .body("kind", contains("CASE_OPENED", "CASE_ACTION", "CASE_ACTION", "APPROVAL", "ESCALATION"));
        as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200).body("intact", equalTo(true));
    }
}
