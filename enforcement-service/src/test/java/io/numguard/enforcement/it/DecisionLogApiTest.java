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
    void deletingTheNewestRowsIsReportedAsTruncationAgainstASignedCheckpoint() {
        for (int i = 0; i < 3; i++) {
            as(REGULATOR_CN).body(Map.of("subjectKind", "LICENSEE", "subject", newUscc(), "reason", "truncation"))
                    .post("/api/cases").then().statusCode(201);
        }
        Map<String, Object> checkpoint = as(REGULATOR_FJ).get("/api/decision-log/checkpoint").then().statusCode(200)
                .body("algorithm", equalTo("Ed25519")).body("publicKey", notNullValue())
                .extract().jsonPath().getMap("$");
        long head = ((Number) checkpoint.get("sequence")).longValue();
        Map<String, Object> kept = Map.of("sequence", head, "headHash", checkpoint.get("headHash"),
                "at", checkpoint.get("at"), "signature", checkpoint.get("signature"));
        as(REGULATOR_CN).body(kept).post("/api/decision-log/verification").then().statusCode(200)
                .body("intact", equalTo(true));

        // what an insider with database access does: delete the newest two entries (kept aside to restore them)
        String aside = "decision_log_removed_" + System.nanoTime();
        db.execute("create table " + aside + " as select * from decision_log where sequence >= ?1", head - 1);
        try {
            db.execute("delete from decision_log where sequence >= ?1", head - 1);
            // the remaining chain is intact in itself; the checkpoints say it ended later
            as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("breakKind", equalTo("TRUNCATED"))
                    .body("brokenAt", equalTo((int) (head - 1))).body("expectedSequence", equalTo((int) head));
            as(REGULATOR_CN).body(kept).post("/api/decision-log/verification").then().statusCode(200)
                    .body("intact", equalTo(false)).body("breakKind", equalTo("TRUNCATED"));
            // even with the stored checkpoints deleted too, the one the regulator kept still tells
            String checkpoints = aside + "_checkpoints";
            db.execute("create table " + checkpoints + " as select * from decision_log_checkpoint");
            try {
                db.execute("delete from decision_log_checkpoint");
                as(REGULATOR_CN).get("/api/decision-log/verification").then().body("intact", equalTo(true));
                as(REGULATOR_CN).body(kept).post("/api/decision-log/verification").then().statusCode(200)
                        .body("breakKind", equalTo("TRUNCATED"));
            } finally {
                db.execute("insert into decision_log_checkpoint select * from " + checkpoints);
                db.execute("drop table " + checkpoints);
            }
        } finally {
            db.execute("insert into decision_log select * from " + aside);
            db.execute("drop table " + aside);
        }
        as(REGULATOR_CN).get("/api/decision-log/verification").then().statusCode(200).body("intact", equalTo(true));

        // a checkpoint cannot be made up: a changed sequence no longer matches the signature
        Map<String, Object> forged = new java.util.HashMap<>(kept);
        forged.put("sequence", head + 1000);
        as(REGULATOR_CN).body(forged).post("/api/decision-log/verification").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-checkpoint")).body("field", equalTo("signature"));
        as(REGULATOR_CN).body(Map.of("sequence", 1)).post("/api/decision-log/verification").then().statusCode(400);
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
