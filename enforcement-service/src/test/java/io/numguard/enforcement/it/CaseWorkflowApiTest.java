package io.numguard.enforcement.it;

import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.enforcement.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Api.REGULATOR_GD;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.bootstrap;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static io.numguard.enforcement.testing.Api.newUscc;
import static io.numguard.enforcement.testing.Api.registerLicensee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Opening cases, the transition table through the API, and four-eyes approval with orders through the outbox. */
@QuarkusTest
class CaseWorkflowApiTest {
    @Inject
    Db db;
    @Inject
    io.numguard.enforcement.cases.service.CaseService cases;

    static String problem(String slug) {
        return "urn:numguard:problem:" + slug;
    }

    static ValidatableResponse act(String token, String caseId, String action, String reason, boolean fraud) {
        return as(token).body(Map.of("action", action, "reason", reason == null ? "" : reason, "fraud", fraud))
                .post("/api/cases/{id}/actions", caseId).then();
    }

    /** An FJ segment of a fresh licensee, carried by CT and CM, and a case opened on it by regulator.fj. */
    String fjSegmentCase(String code) {
        allocateSegment(code, newUscc(), "FJ", List.of("CT", "CM"));
        db.awaitSegment(code, "ALLOCATED");
        return as(REGULATOR_FJ).body(Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "test"))
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }

    @Test
    void aLicenseeUnknownLocallyBelongsToTheMinistryUntilTheRegistrySaysWhereItIs() {
        String uscc = newUscc();
        Map<String, String> body = Map.of("subjectKind", "LICENSEE", "subject", uscc, "reason", "resold segments");
        as(REGULATOR_FJ).body(body).post("/api/cases").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo(problem("outside-province")));

        registerLicensee(uscc, "FJ", "hash-" + uscc);
        db.awaitLicensee(uscc, "FJ");
        String id = as(REGULATOR_FJ).body(body).post("/api/cases").then().statusCode(201)
                .header("Location", containsString("/api/cases/"))
                .body("subjectKind", equalTo("LICENSEE")).body("subject", equalTo(uscc))
                .body("province", equalTo("FJ")).body("state", equalTo("OPEN"))
                .body("availableActions", hasItem("INVESTIGATE"))
                .extract().path("id");

        // one open case per subject
        as(REGULATOR_CN).body(body).post("/api/cases").then().statusCode(409)
                .body("type", equalTo(problem("case-already-open")));
        as(REGULATOR_FJ).get("/api/cases/{id}", id).then().statusCode(200)
                .body("triggers[0].kind", equalTo("REGULATOR")).body("triggers[0].reference", equalTo("regulator.fj"));
        as(REGULATOR_CN).get("/api/cases/{id}", id).then().statusCode(200);
        as(REGULATOR_GD).get("/api/cases/{id}", id).then().statusCode(403)
                .body("type", equalTo(problem("outside-province")));

        as(REGULATOR_FJ).get("/api/cases?state=OPEN").then().statusCode(200).body("id", hasItem(id));
        as(REGULATOR_FJ).get("/api/cases?state=CLOSED").then().statusCode(200).body("id", not(hasItem(id)));
        as(REGULATOR_CN).get("/api/cases").then().statusCode(200).body("id", hasItem(id));
        as(REGULATOR_GD).get("/api/cases").then().statusCode(200).body("id", not(hasItem(id)));
        as(REGULATOR_FJ).get("/api/cases?state=NOPE").then().statusCode(400).body("type", equalTo(problem("invalid-value")));
    }

    @Test
    void countsByStateAreOfTheCallersProvince() {
        int fjOpen = as(REGULATOR_FJ).get("/api/cases/counts").then().statusCode(200)
                .body("CLOSED", notNullValue()).extract().path("OPEN");
        int gdOpen = as(REGULATOR_GD).get("/api/cases/counts").then().statusCode(200).extract().path("OPEN");
        fjSegmentCase(newSegmentCode());
        as(REGULATOR_FJ).get("/api/cases/counts").then().statusCode(200).body("OPEN", equalTo(fjOpen + 1));
        as(REGULATOR_GD).get("/api/cases/counts").then().statusCode(200).body("OPEN", equalTo(gdOpen));
        int cnOpen = as(REGULATOR_CN).get("/api/cases/counts").then().statusCode(200).extract().path("OPEN");
        assertThat(cnOpen).isGreaterThanOrEqualTo(fjOpen + 1);
        as(POLICE_FZ).get("/api/cases/counts").then().statusCode(403);
    }

    @Test
    void aBadFilterIsA400NamingTheParameterAndTheAcceptedValues() {
        as(REGULATOR_CN).get("/api/cases?state=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(problem("invalid-value"))).body("parameter", equalTo("state"))
                .body("allowed", hasItem("INVESTIGATING")).body("detail", not(containsString("enum")));
        as(REGULATOR_CN).get("/api/cases?state=open").then().statusCode(200);
        as(REGULATOR_CN).get("/api/sanctions?active=maybe").then().statusCode(400)
                .body("parameter", equalTo("active")).body("allowed", hasItem("true"));
    }

    @Test
    void badSubjectsAreRefusedAsBadInput() {
        as(REGULATOR_CN).body(Map.of("subjectKind", "SEGMENT", "subject", "12345", "reason", "x"))
                .post("/api/cases").then().statusCode(400).body("type", equalTo(problem("invalid-value")));
        as(REGULATOR_CN).body(Map.of("subjectKind", "PLANET", "subject", "95123", "reason", "x"))
                .post("/api/cases").then().statusCode(400).body("type", equalTo(problem("invalid-value")));
        as(REGULATOR_CN).body(Map.of("subject", "95123", "reason", "x"))
                .post("/api/cases").then().statusCode(400).body("type", equalTo(problem("validation-failed")));
        as(REGULATOR_CN).body(Map.of("subjectKind", "LICENSEE", "subject", newUscc()))
                .post("/api/cases").then().statusCode(400).body("type", equalTo(problem("reason-required")));
    }

    @Test
    void theTransitionTableAllowsAndRefusesThroughTheApi() {
        String id = fjSegmentCase(newSegmentCode());

        act(REGULATOR_FJ, id, "APPROVE", null, false).statusCode(409)
                .body("type", equalTo(problem("action-not-allowed-in-state")));
        act(REGULATOR_FJ, id, "PROPOSE_REVOCATION", "fraud", true).statusCode(409)
                .body("type", equalTo(problem("action-not-allowed-in-state")));
        act(REGULATOR_GD, id, "INVESTIGATE", null, false).statusCode(403)
                .body("type", equalTo(problem("outside-province")));
        act(CARRIER_CT, id, "INVESTIGATE", null, false).statusCode(403)
                .body("type", equalTo(problem("role-not-allowed")));
        act(POLICE_FZ, id, "INVESTIGATE", null, false).statusCode(403)
                .body("type", equalTo(problem("role-not-allowed")));
        as(REGULATOR_FJ).body(Map.of("action", "DANCE")).post("/api/cases/{id}/actions", id).then().statusCode(400)
                .body("type", equalTo(problem("invalid-value")));
        act(REGULATOR_FJ, "no-such-case", "INVESTIGATE", null, false).statusCode(404);

        act(REGULATOR_FJ, id, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200).body("state", equalTo("INVESTIGATING"))
                .body("availableActions", hasItem("PROPOSE_REVOCATION"));
        act(REGULATOR_FJ, id, "PROPOSE_REVOCATION", null, false).statusCode(400)
                .body("type", equalTo(problem("reason-required")));
        act(REGULATOR_FJ, id, "ORDER_RECTIFICATION", "stop the robot dialling", false).statusCode(200)
                .body("state", equalTo("RECTIFICATION_ORDERED")).body("rectificationDeadline", notNullValue());
        act(REGULATOR_FJ, id, "CLOSE", null, false).statusCode(409)
                .body("type", equalTo(problem("action-not-allowed-in-state")));
        act(REGULATOR_FJ, id, "RESOLVE", "rectified", false).statusCode(200).body("state", equalTo("RESOLVED"));
        act(REGULATOR_CN, id, "CLOSE", "CLOSE for the test", false).statusCode(200).body("state", equalTo("CLOSED"))
                .body("availableActions", hasSize(0));
        act(REGULATOR_FJ, id, "INVESTIGATE", null, false).statusCode(409)
                .body("type", equalTo(problem("action-not-allowed-in-state")));
    }

    @Test
    void everyActionNeedsAReasonAndTheRefusalNamesTheField() {
        String id = fjSegmentCase(newSegmentCode());
        // INVESTIGATE was accepted without a reason before; no action is now
        for (Map<String, Object> body : List.<Map<String, Object>>of(Map.of("action", "INVESTIGATE"),
                Map.of("action", "INVESTIGATE", "reason", "   "))) {
            as(REGULATOR_FJ).body(body).post("/api/cases/{id}/actions", id).then().statusCode(400)
                    .contentType("application/problem+json").body("type", equalTo(problem("reason-required")))
                    .body("field", equalTo("reason"));
        }
        as(REGULATOR_FJ).get("/api/cases/{id}", id).then().statusCode(200).body("state", equalTo("OPEN"));
        act(REGULATOR_FJ, id, "INVESTIGATE", "complaints on the segment", false).statusCode(200)
                .body("state", equalTo("INVESTIGATING"));
        act(REGULATOR_FJ, id, "RESOLVE", null, false).statusCode(400).body("field", equalTo("reason"));
        act(REGULATOR_FJ, id, "RESOLVE", "nothing found", false).statusCode(200);
        act(REGULATOR_FJ, id, "CLOSE", null, false).statusCode(400).body("field", equalTo("reason"));
    }

    @Test
    void revocationTakesTwoRegulatorsAndPublishesOneOrderPerSegment() {
        String code = newSegmentCode();
        String id = fjSegmentCase(code);
        try (var orders = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_ORDERS);
             var sanctions = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_SANCTIONS)) {
            act(REGULATOR_FJ, id, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
            act(REGULATOR_FJ, id, "PROPOSE_REVOCATION", "fraud confirmed by FZ-PSB", true).statusCode(200)
                    .body("state", equalTo("REVOCATION_PROPOSED"))
                    .body("pendingProposal.proposedBy", equalTo("regulator.fj"))
                    .body("availableActions", not(hasItem("APPROVE")));
            act(REGULATOR_FJ, id, "APPROVE", null, false).statusCode(403).body("type", equalTo(problem("four-eyes")));
            as(REGULATOR_FJ2).get("/api/cases/{id}", id).then().body("availableActions", hasItem("APPROVE"));

            String orderId = act(REGULATOR_FJ2, id, "APPROVE", "APPROVE for the test", false).statusCode(200)
                    .body("state", equalTo("REVOCATION_APPROVED"))
                    .body("orders", hasSize(1)).body("orders[0].action", equalTo("REVOKE"))
                    .body("orders[0].segmentCode", equalTo(code))
                    .body("orders[0].proposedBy", equalTo("regulator.fj"))
                    .body("orders[0].approvedBy", equalTo("regulator.fj2"))
                    .body("sanctionIds", hasSize(1))
                    .extract().path("orders[0].orderId");

            ConsumerRecord<String, String> order = orders.await(r -> code.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(order, "ce_type")).isEqualTo("io.numguard.order.revoke.v1");
            assertThat(order.value()).contains(orderId).contains("\"fraud\":true");
            sanctions.await(r -> r.value().contains(id)
                    && "io.numguard.sanction.imposed.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));

            // approving twice issues no second order
            act(REGULATOR_CN, id, "APPROVE", null, false).statusCode(409)
                    .body("type", equalTo(problem("action-not-allowed-in-state")));
            as(REGULATOR_FJ).get("/api/cases/{id}", id).then().statusCode(200).body("orders", hasSize(1))
                    .body("orderIds", equalTo(List.of(orderId)));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(db.count("select count(*) from outbox_event where aggregate_key = ?1 "
                            + "and event_type like 'io.numguard.order.%'", code)).isEqualTo(1));
        }
    }

    @Test
    void suspensionAndReinstatementAreFourEyesToo() {
        String code = newSegmentCode();
        String id = fjSegmentCase(code);
        try (var orders = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_ORDERS)) {
            act(REGULATOR_FJ, id, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
            act(REGULATOR_FJ, id, "PROPOSE_SUSPENSION", "robot dialling", false).statusCode(200);
            act(REGULATOR_FJ2, id, "REJECT", null, false).statusCode(400).body("type", equalTo(problem("reason-required")));
            act(REGULATOR_FJ2, id, "APPROVE", "APPROVE for the test", false).statusCode(200).body("state", equalTo("SUSPENSION_APPROVED"))
                    .body("orders[0].action", equalTo("SUSPEND"));
            orders.await(r -> code.equals(r.key())
                    && "io.numguard.order.suspend.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));

            act(REGULATOR_FJ2, id, "PROPOSE_REINSTATEMENT", "rectified", false).statusCode(200)
                    .body("state", equalTo("REINSTATEMENT_PROPOSED"));
            act(REGULATOR_FJ2, id, "APPROVE", null, false).statusCode(403).body("type", equalTo(problem("four-eyes")));
            act(REGULATOR_FJ, id, "APPROVE", "APPROVE for the test", false).statusCode(200).body("state", equalTo("REINSTATEMENT_APPROVED"))
                    .body("orders[0].action", equalTo("REINSTATE"));
            orders.await(r -> code.equals(r.key())
                    && "io.numguard.order.reinstate.v1".equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(30));
            as(REGULATOR_FJ).get("/api/cases/{id}", id).then().body("orders", hasSize(2));
        }
    }

    @Test
    void aRectificationNotDoneByItsDeadlineIsEscalatedBackToInvestigationByTheService() {
        String id = fjSegmentCase(newSegmentCode());
        act(REGULATOR_FJ, id, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
        act(REGULATOR_FJ, id, "ORDER_RECTIFICATION", "file the sub-numbers", false).statusCode(200);
        assertThat(cases.escalateOverdueRectifications()).doesNotContain(id);

        io.numguard.enforcement.testing.TestClockProducer.CLOCK.advance(Duration.ofDays(16));
        assertThat(cases.escalateOverdueRectifications()).contains(id);
        as(REGULATOR_FJ).get("/api/cases/{id}", id).then().statusCode(200)
                .body("state", equalTo("INVESTIGATING"))
                .body("escalations[0].kind", equalTo("RECTIFICATION_NOT_DONE"))
                .body("escalations[0].by", equalTo("system"));
        assertThat(cases.escalateOverdueRectifications()).doesNotContain(id);
    }

    @Test
    void aCaseWithoutAKnownSegmentHasNothingToOrderOn() {
        String uscc = newUscc();
        registerLicensee(uscc, "FJ", null);
        db.awaitLicensee(uscc, "FJ");
        String id = as(REGULATOR_FJ).body(Map.of("subjectKind", "LICENSEE", "subject", uscc, "reason", "x"))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        act(REGULATOR_FJ, id, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
        act(REGULATOR_FJ, id, "PROPOSE_SUSPENSION", "why not", false).statusCode(409)
                .body("type", equalTo(problem("case-has-no-segment")));
    }
}
