package io.numguard.enforcement.it;

import io.numguard.enforcement.testing.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.newUscc;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.greaterThan;

/** Every decision is in the hash-chained log; editing a row in the database is reported as the first break. */
@QuarkusTest
class DecisionLogApiTest {
    @Inject
    Db db;

    @Test
    void anEditedRowIsReportedAsTheFirstBrokenLink() {
        String caseId = as(REGULATOR_CN).body(Map.of("subjectKind", "LICENSEE", "subject", newUscc(),
                "reason", "to be logged")).post("/api/cases").then().statusCode(201).extract().path("id");
        long sequence = ((Number) db.single("select sequence from decision_log where subject = ?1 "
                + "and kind = 'CASE_OPENED'", "case/" + caseId)).longValue();
        as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200)
                .body("intact", equalTo(true)).body("entriesChecked", greaterThan(0));

        String details = (String) db.single("select details from decision_log where sequence = ?1", sequence);
        try {
            db.execute("update decision_log set details = replace(details, 'to be logged', 'never happened') "
                    + "where sequence = ?1", sequence);
            as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200)
                    .body("intact", equalTo(false))
                    .body("brokenAt", equalTo((int) sequence))
                    .body("breakKind", equalTo("CONTENT_ALTERED"));
        } finally {
            db.execute("update decision_log set details = ?2 where sequence = ?1", sequence, details);
        }
        as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200).body("intact", equalTo(true));
    }

    @Test
    void theDecisionsAboutACaseAreListedForTheRegulatorsOfItsProvince() {
        String caseId = as(REGULATOR_CN).body(Map.of("subjectKind", "LICENSEE", "subject", newUscc(),
                "reason", "listed")).post("/api/cases").then().statusCode(201).extract().path("id");
        as(REGULATOR_CN).body(Map.of("action", "INVESTIGATE", "reason", "listed")).post("/api/cases/{id}/actions", caseId).then()
                .statusCode(200);
        as(REGULATOR_CN).get("/api/decision-log?subject=case/{id}", caseId).then().statusCode(200)
                .body("kind", contains("CASE_OPENED", "CASE_ACTION"))
                .body("[1].details.action", equalTo("INVESTIGATE"))
                .body("[1].previousHash", notNullValue());
        as(REGULATOR_FJ).get("/api/decision-log?subject=case/{id}", caseId).then().statusCode(403);
        as(REGULATOR_CN).get("/api/decision-log").then().statusCode(400);
    }
}
