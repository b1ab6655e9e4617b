package io.numguard.enforcement.it;

import io.numguard.contracts.EventType;
import io.numguard.enforcement.acknowledgement.service.AcknowledgementService;
import io.numguard.enforcement.testing.Db;
import io.numguard.enforcement.testing.TestClockProducer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.numguard.enforcement.testing.Api.CARRIER_CM;
import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.CARRIER_CU;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Api.REGULATOR_GD;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static io.numguard.enforcement.testing.Api.newUscc;
import static io.numguard.enforcement.testing.Api.segment;
import static io.numguard.enforcement.testing.Api.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Carriers acknowledge blocking a revoked segment; a missing acknowledgement past the deadline is escalated. */
@QuarkusTest
class AcknowledgementApiTest {
    @Inject
    Db db;
    @Inject
    AcknowledgementService acknowledgements;

    @Test
    void carriersOweAnAcknowledgementAndAMissingOneIsEscalatedOnceOnTheCase() {
        String code = newSegmentCode();
        String uscc = newUscc();
        allocateSegment(code, uscc, "FJ", List.of("CT", "CM"));
        db.awaitSegment(code, "ALLOCATED");
        String caseId = as(REGULATOR_FJ).body(Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "fraud"))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "PROPOSE_REVOCATION", "fraud", false).statusCode(200);
        String orderId = CaseWorkflowApiTest.act(REGULATOR_FJ2, caseId, "APPROVE", "APPROVE for the test", false).statusCode(200)
                .extract().path("orders[0].orderId");

        // the registry has not carried the order out yet
        as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(409)
                .body("type", equalTo("urn:numguard:problem:acknowledgement-not-owed-yet"));
        as(REGULATOR_FJ).get("/api/orders/{id}", orderId).then().statusCode(200)
                .body("action", equalTo("REVOKE")).body("acknowledgements", nullValue());

        // segment.revoked on the order, published twice (two event ids): one obligation
        var revoked = segment(code, uscc, "FJ", "REVOKED", List.of("CT", "CM"), orderId,
                TestClockProducer.CLOCK.instant());
        String firstId = send(EventType.SEGMENT_REVOKED, code, revoked);
        send(firstId, EventType.SEGMENT_REVOKED, code, revoked); // redelivered
        String secondId = send(UUID.randomUUID().toString(), EventType.SEGMENT_REVOKED, code, revoked); // republished
        db.awaitObligation(orderId);
        await().atMost(Duration.ofSeconds(30)).until(() -> db.count("select count(*) from processed_event "
                + "where consumer = 'enforcement.segments' and event_id in (?1, ?2)", firstId, secondId) == 2);
        assertThat(db.count("select count(*) from acknowledgement_obligation where order_id = ?1", orderId))
                .isEqualTo(1);
        assertThat(db.count("select count(*) from carrier_acknowledgement where order_id = ?1", orderId))
                .isEqualTo(2);

        String created = as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(201)
                .body("carrierId", equalTo("CT")).body("acknowledgedBy", equalTo("carrier.ct"))
                .extract().path("acknowledgedAt");
        String first = as(CARRIER_CT).get("/api/orders/{id}", orderId).then().statusCode(200)
                .extract().path("acknowledgements.find { it.carrierId == 'CT' }.acknowledgedAt");
        // the time as stored (microseconds), in the 201 answer as in every later read
        assertThat(created).isEqualTo(first);
        as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(200)
                .body("acknowledgedAt", equalTo(first));
        as(CARRIER_CU).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:not-a-carrier-of-this-order"));
        as(CARRIER_CU).get("/api/orders/{id}", orderId).then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:not-a-carrier-of-this-order"));
        as(REGULATOR_GD).get("/api/orders/{id}", orderId).then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));
        as(POLICE_FZ).get("/api/orders/{id}", orderId).then().statusCode(403);
        as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", "no-such-order").then().statusCode(404);

        // nothing is overdue before the deadline
        acknowledgements.escalateOverdue();
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().body("escalations", hasSize(0));

        TestClockProducer.CLOCK.advance(Duration.ofHours(25));
        assertThat(acknowledgements.escalateOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(acknowledgements.escalateOverdue()).isZero();
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("escalations", hasSize(1))
                .body("escalations[0].kind", equalTo("ACKNOWLEDGEMENT_OVERDUE"))
                .body("escalations[0].carrierId", equalTo("CM"))
                .body("escalations[0].orderId", equalTo(orderId));
        as(REGULATOR_FJ).get("/api/orders/{id}", orderId).then().statusCode(200)
                .body("overdue", contains("CM"))
                .body("acknowledgements.find { it.carrierId == 'CT' }.acknowledged", equalTo(true));
        assertThat(db.count("select count(*) from decision_log where kind = 'ESCALATION' and subject = ?1",
                "case/" + caseId)).isEqualTo(1);

        // a late acknowledgement still counts, and is marked late
        as(CARRIER_CM).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(201)
                .body("late", equalTo(true));
    }
}
