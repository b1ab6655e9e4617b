package io.numguard.enforcement.it;

import io.numguard.contracts.EventType;
import io.numguard.enforcement.testing.Db;
import io.numguard.enforcement.testing.TestClockProducer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.CARRIER_CM;
import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.CARRIER_CU;
import static io.numguard.enforcement.testing.Api.CITIZEN;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
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
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * {@code GET /api/orders?state=}: what each carrier owes and what a regulator's province waits for, and the
 * deadline per kind of order (the test profile gives revocations 12 h, suspensions the default 24 h).
 */
@QuarkusTest
class OrderListApiTest {
    @Inject
    Db db;

    /** An FJ segment carried by CT and CM, ordered (approved by fj2) and carried out by the registry at {@code at}. */
    private String carriedOutOrder(String propose, EventType carriedOut, String status, Instant at) {
        String code = newSegmentCode();
        String uscc = newUscc();
        allocateSegment(code, uscc, "FJ", List.of("CT", "CM"));
        db.awaitSegment(code, "ALLOCATED");
        String caseId = as(REGULATOR_FJ).body(Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "abuse"))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "INVESTIGATE", "complaints to look into", false).statusCode(200);
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, propose, "abuse", false).statusCode(200);
        String orderId = CaseWorkflowApiTest.act(REGULATOR_FJ2, caseId, "APPROVE", "second pair of eyes agrees", false).statusCode(200)
                .extract().path("orders[0].orderId");
        send(carriedOut, code, segment(code, uscc, "FJ", status, List.of("CT", "CM"), orderId, at));
        db.awaitObligation(orderId);
        return orderId;
    }

    @Test
    void eachCarrierSeesWhatItOwesAndRegulatorsTheirProvince() {
        Instant at = TestClockProducer.CLOCK.instant().truncatedTo(ChronoUnit.SECONDS);
        String revoke = carriedOutOrder("PROPOSE_REVOCATION", EventType.SEGMENT_REVOKED, "REVOKED", at);
        String suspend = carriedOutOrder("PROPOSE_SUSPENSION", EventType.SEGMENT_SUSPENDED, "SUSPENDED", at);
        String byId = "find { it.orderId == '" + revoke + "' }";

        // the deadline of each kind, on the order and on each carrier's acknowledgement
        String revokeDue = as(CARRIER_CT).get("/api/orders").then().statusCode(200)
                .body(byId + ".action", equalTo("REVOKE"))
                .body(byId + ".acknowledgements.find { it.carrierId == 'CT' }.acknowledged", equalTo(false))
                .extract().path(byId + ".acknowledgements.find { it.carrierId == 'CT' }.dueBy");
        assertThat(Instant.parse(revokeDue)).isEqualTo(at.plus(Duration.ofHours(12)));
        String suspendDue = as(REGULATOR_FJ).get("/api/orders/{id}", suspend).then().statusCode(200)
                .extract().path("acknowledgements.find { it.carrierId == 'CM' }.dueBy");
        assertThat(Instant.parse(suspendDue)).isEqualTo(at.plus(Duration.ofHours(24)));

        // scope: only the carriers of the segment, only the order's province (and the ministry)
        as(CARRIER_CU).get("/api/orders?state=all").then().statusCode(200).body("orderId", not(hasItem(revoke)));
        as(REGULATOR_FJ).get("/api/orders").then().statusCode(200).body("orderId", hasItem(revoke));
        as(REGULATOR_CN).get("/api/orders").then().statusCode(200).body("orderId", hasItem(revoke));
        as(REGULATOR_GD).get("/api/orders?state=all").then().statusCode(200).body("orderId", not(hasItem(revoke)));
        as(POLICE_FZ).get("/api/orders").then().statusCode(403);
        as(CITIZEN).get("/api/orders").then().statusCode(403);
        as(null).get("/api/orders").then().statusCode(401);
        as(CARRIER_CT).get("/api/orders?state=late").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("state"))
                .body("accepted", equalTo(List.of("pending", "overdue", "all")));
        as(CARRIER_CT).get("/api/orders?limit=0").then().statusCode(400).body("field", equalTo("limit"));

        // CT acknowledges: no longer pending for CT, still pending for CM and for the province
        as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", revoke).then().statusCode(201);
        as(CARRIER_CT).get("/api/orders").then().statusCode(200).body("orderId", not(hasItem(revoke)));
        as(CARRIER_CT).get("/api/orders?state=all").then().statusCode(200).body("orderId", hasItem(revoke));
        as(CARRIER_CM).get("/api/orders").then().statusCode(200).body("orderId", hasItem(revoke));
        as(REGULATOR_FJ).get("/api/orders").then().statusCode(200).body("orderId", hasItem(revoke));
        as(CARRIER_CM).get("/api/orders?state=overdue").then().statusCode(200).body("orderId", not(hasItem(revoke)));

        // past the revocation's 12 h, before the suspension's 24 h: CM's revocation is overdue and listed first
        TestClockProducer.CLOCK.advance(Duration.ofHours(13));
        List<String> overdue = as(CARRIER_CM).get("/api/orders?state=overdue").then().statusCode(200)
                .extract().path("orderId");
        assertThat(overdue).contains(revoke).doesNotContain(suspend);
        List<String> pending = as(CARRIER_CM).get("/api/orders").then().statusCode(200).extract().path("orderId");
        assertThat(pending).contains(revoke, suspend);
        assertThat(pending.indexOf(revoke)).isLessThan(pending.indexOf(suspend));
        as(REGULATOR_FJ).get("/api/orders?state=overdue").then().statusCode(200).body("orderId", hasItem(revoke));
        as(CARRIER_CT).get("/api/orders?state=overdue").then().statusCode(200).body("orderId", not(hasItem(revoke)));
    }
}
