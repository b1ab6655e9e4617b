package io.numguard.enforcement.it;

import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.enforcement.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.POLICE_XM;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.bootstrap;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static io.numguard.enforcement.testing.Api.newUscc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Police referrals open or join the case of each suspect number's segment; only the referring agency reads them. */
@QuarkusTest
class ReferralApiTest {
    @Inject
    Db db;

    @Test
    void aReferralJoinsTheSegmentsCaseAndOnlyItsAgencySeesWhatWasDecided() {
        String code = newSegmentCode();
        allocateSegment(code, newUscc(), "FJ", List.of("CT"));
        db.awaitSegment(code, "ALLOCATED");
        String caseId = as(REGULATOR_FJ).body(Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "signals"))
                .post("/api/cases").then().statusCode(201).extract().path("id");

        String referralId;
        try (var referrals = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_REFERRALS)) {
            referralId = as(POLICE_FZ).body(Map.of("policeCaseNumber", "FZ-2025-0117", "lossYuan", 350000,
                            "suspectNumbers", List.of("+86 " + code + "56", code + "-57", code + "58", "95999901"),
                            "summary", "fake bank customer service"))
                    .post("/api/referrals").then().statusCode(201)
                    .header("Location", containsString("/api/referrals/"))
                    .body("agency", equalTo("FZ-PSB")).body("caseIds", contains(caseId))
                    .body("links[0].numbers", contains(code + "56", code + "57", code + "58"))
                    .extract().path("id");
            var event = referrals.await(r -> caseId.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo("io.numguard.referral.received.v1");
            assertThat(event.value()).contains(referralId).contains(code + "58").doesNotContain("95999901");
        }
        as(REGULATOR_FJ).get("/api/cases/{id}", caseId).then().statusCode(200)
                .body("triggers.kind", hasItem("POLICE_REFERRAL")).body("triggers.reference", hasItem(referralId));

        // the regulators decide; the referring agency sees it on its referral
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "INVESTIGATE", "INVESTIGATE for the test", false).statusCode(200);
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "PROPOSE_REVOCATION", "fraud", true).statusCode(200);
        CaseWorkflowApiTest.act(REGULATOR_FJ2, caseId, "APPROVE", "APPROVE for the test", false).statusCode(200);
        Number loss = as(POLICE_FZ).get("/api/referrals/{id}", referralId).then().statusCode(200)
                .body("policeCaseNumber", equalTo("FZ-2025-0117"))
                .body("unmatchedNumbers", contains("95999901"))
                .body("cases", hasSize(1)).body("cases[0].state", equalTo("REVOCATION_APPROVED"))
                .body("cases[0].orders[0].action", equalTo("REVOKE"))
                .extract().path("lossYuan");
        assertThat(loss.doubleValue()).isEqualTo(350000.0);

        // the agency's list: newest first, with the same outcome; another agency's list leaves it out
        as(POLICE_FZ).get("/api/referrals").then().statusCode(200)
                .body("find { it.id == '" + referralId + "' }.cases[0].state", equalTo("REVOCATION_APPROVED"));
        as(POLICE_XM).get("/api/referrals").then().statusCode(200).body("id", not(hasItem(referralId)));
        // a regulator of the province sees the referrals that joined its cases
        as(REGULATOR_FJ).get("/api/referrals").then().statusCode(200)
                .body("find { it.id == '" + referralId + "' }.cases[0].state", equalTo("REVOCATION_APPROVED"));
        as(POLICE_FZ).get("/api/referrals?limit=0").then().statusCode(400).body("parameter", equalTo("limit"));

        as(POLICE_XM).get("/api/referrals/{id}", referralId).then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:not-the-referring-agency"));
        as(REGULATOR_FJ).get("/api/referrals/{id}", referralId).then().statusCode(403);
        as(POLICE_FZ).get("/api/referrals/{id}", "no-such-referral").then().statusCode(404);
    }

    @Test
    void aReferralOpensACaseWhereNoneIsOpenAndASecondOneJoinsIt() {
        String code = newSegmentCode();
        allocateSegment(code, newUscc(), "FJ", List.of("CT"));
        db.awaitSegment(code, "ALLOCATED");
        Map<String, Object> body = Map.of("policeCaseNumber", "FZ-2025-0200", "lossYuan", "1200.50",
                "suspectNumbers", List.of(code + "99"));
        String first = as(POLICE_FZ).body(body).post("/api/referrals").then().statusCode(201)
                .extract().path("caseIds[0]");
        String second = as(POLICE_XM).body(body).post("/api/referrals").then().statusCode(201)
                .extract().path("caseIds[0]");
        assertThat(second).isEqualTo(first);
        as(REGULATOR_FJ).get("/api/cases/{id}", first).then().statusCode(200).body("triggers", hasSize(2))
                .body("openedBy", equalTo("system"));
    }

    @Test
    void badReferralsAreRefusedWithTheReason() {
        as(POLICE_FZ).body(Map.of("policeCaseNumber", "X", "lossYuan", 1, "suspectNumbers", List.of("110")))
                .post("/api/referrals").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-input"));
        as(POLICE_FZ).body(Map.of("policeCaseNumber", "X", "lossYuan", -1, "suspectNumbers", List.of("95123456")))
                .post("/api/referrals").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:validation-failed"));
        as(POLICE_FZ).body(Map.of("policeCaseNumber", "X", "lossYuan", 1, "suspectNumbers", List.of()))
                .post("/api/referrals").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:validation-failed"));
    }
}
