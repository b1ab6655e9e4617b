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

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Api.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Api.REGULATOR_GD;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.bootstrap;
import static io.numguard.enforcement.testing.Api.newUscc;
import static io.numguard.enforcement.testing.Api.registerLicensee;
import static io.numguard.enforcement.testing.Api.allocateSegment;
import static io.numguard.enforcement.testing.Api.newSegmentCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Joint punishment by hand: imposed, listed, lifted once, each published. */
@QuarkusTest
class SanctionApiTest {
    @Inject
    Db db;

    @Test
    void aRegulatorImposesAndLiftsASanctionOnTheLicenseeAndItsLegalRepresentative() {
        String uscc = newUscc();
        registerLicensee(uscc, "FJ", "lrhash-" + uscc);
        db.awaitLicensee(uscc, "FJ");

        as(REGULATOR_GD).body(Map.of("uscc", uscc, "reason", "fraud")).post("/api/sanctions").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));
        as(REGULATOR_FJ).body(Map.of("uscc", uscc)).post("/api/sanctions").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:reason-required"));

        String id;
        try (var sanctions = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_SANCTIONS)) {
            id = as(REGULATOR_FJ).body(Map.of("uscc", uscc, "reason", "segments resold to fraudsters"))
                    .post("/api/sanctions").then().statusCode(201)
                    .body("uscc", equalTo(uscc)).body("legalRepresentativeHash", equalTo("lrhash-" + uscc))
                    .body("active", equalTo(true)).body("imposedBy", equalTo("regulator.fj"))
                    .extract().path("id");
            var imposed = sanctions.await(r -> uscc.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(imposed, "ce_type")).isEqualTo("io.numguard.sanction.imposed.v1");
            assertThat(imposed.value()).contains(id).contains("lrhash-" + uscc);

            as(CARRIER_CT).get("/api/sanctions?uscc={u}", uscc).then().statusCode(200).body("id", contains(id));
            as(REGULATOR_GD).get("/api/sanctions?active=true").then().statusCode(200).body("id", hasItem(id));
            as(REGULATOR_FJ).get("/api/sanctions/{id}", id).then().statusCode(200).body("reason",
                    equalTo("segments resold to fraudsters"));

            as(REGULATOR_GD).body(Map.of("reason", "x")).post("/api/sanctions/{id}/lift", id).then().statusCode(403)
                    .body("type", equalTo("urn:numguard:problem:outside-province"));
            as(REGULATOR_FJ2).body(Map.of()).post("/api/sanctions/{id}/lift", id).then().statusCode(400)
                    .body("type", equalTo("urn:numguard:problem:reason-required"));
            as(REGULATOR_FJ2).body(Map.of("reason", "court annulled the finding")).post("/api/sanctions/{id}/lift", id)
                    .then().statusCode(200).body("active", equalTo(false)).body("liftedBy", equalTo("regulator.fj2"));
            as(REGULATOR_FJ).body(Map.of("reason", "again")).post("/api/sanctions/{id}/lift", id).then()
                    .statusCode(409).body("type", equalTo("urn:numguard:problem:sanction-already-lifted"));
            var lifted = sanctions.await(r -> uscc.equals(r.key())
                    && "io.numguard.sanction.lifted.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(lifted.value()).contains("court annulled the finding");
        }
        as(REGULATOR_FJ).get("/api/sanctions?uscc={u}&active=true", uscc).then().statusCode(200)
                .body("id", org.hamcrest.Matchers.empty());
        as(REGULATOR_FJ).body(Map.of("reason", "x")).post("/api/sanctions/{id}/lift", "nope").then().statusCode(404);
    }

    @Test
    void aSanctionOpensOrJoinsACaseForEverySegmentTheLicenseeHolds() {
        String uscc = newUscc();
        registerLicensee(uscc, "FJ", "lrhash-" + uscc);
        db.awaitLicensee(uscc, "FJ");
        List<String> codes = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = newSegmentCode();
            allocateSegment(code, uscc, "FJ", List.of("CT"));
            db.awaitSegment(code, "ALLOCATED");
            codes.add(code);
        }
        String existing = as(REGULATOR_FJ).body(Map.of("subjectKind", "SEGMENT", "subject", codes.get(0),
                "reason", "complaints")).post("/api/cases").then().statusCode(201).extract().path("id");

        String sanctionId = as(REGULATOR_FJ).body(Map.of("uscc", uscc, "reason", "fraud ring"))
                .post("/api/sanctions").then().statusCode(201).extract().path("id");

        List<Map<String, Object>> cases = as(REGULATOR_FJ).get("/api/cases?state=OPEN&limit=500").then()
                .statusCode(200).extract().jsonPath().getList("$");
        for (String code : codes) {
            List<Map<String, Object>> ofSegment = cases.stream().filter(c -> code.equals(c.get("subject"))).toList();
            assertThat(ofSegment).as("open cases of " + code).hasSize(1);
            as(REGULATOR_FJ).get("/api/cases/{id}", ofSegment.get(0).get("id")).then().statusCode(200)
                    .body("triggers.kind", hasItem("SANCTION_IMPOSED"))
                    .body("triggers.reference", hasItem(sanctionId));
        }
        assertThat(cases.stream().filter(c -> codes.get(0).equals(c.get("subject"))).map(c -> c.get("id")))
                .containsExactly(existing);
    }

    @Test
    void aSanctionCannotNameAnotherLicenseesCase() {
        String a = newUscc();
        String b = newUscc();
        registerLicensee(a, "FJ", "lrhash-" + a);
        registerLicensee(b, "FJ", "lrhash-" + b);
        db.awaitLicensee(a, "FJ");
        db.awaitLicensee(b, "FJ");
        String caseOfB = as(REGULATOR_FJ).body(Map.of("subjectKind", "LICENSEE", "subject", b, "reason", "resale"))
                .post("/api/cases").then().statusCode(201).extract().path("id");

        as(REGULATOR_FJ).body(Map.of("uscc", a, "reason", "fraud", "caseId", caseOfB)).post("/api/sanctions").then()
                .statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:case-of-another-licensee"));
        as(REGULATOR_FJ).body(Map.of("uscc", a, "reason", "fraud", "caseId", "no-such-case")).post("/api/sanctions")
                .then().statusCode(422).body("type", equalTo("urn:numguard:problem:unknown-case"))
                .body("field", equalTo("caseId"));
        assertThat(db.count("select count(*) from sanction where uscc = ?1", a)).isZero();

        as(REGULATOR_FJ).body(Map.of("uscc", b, "reason", "fraud", "caseId", caseOfB)).post("/api/sanctions").then()
                .statusCode(201).body("caseId", equalTo(caseOfB));
    }

    @Test
    void aLegalRepresentativeGivenByIdNumberIsHashedAsTheRegistryDoesAndTheNumberIsNotKept() {
        String uscc = newUscc();
        // HMAC-SHA256("numguard-dev-pepper-change-me", "35010219900101123X"), as the registry's hasher computes it
        String expected = hmac("35010219900101123X");
        String id = as(REGULATOR_CN).body(Map.of("uscc", uscc, "legalRepresentativeIdNumber", "350102 19900101 123x",
                        "reason", "front man")).post("/api/sanctions").then().statusCode(201)
                .body("legalRepresentativeHash", equalTo(expected)).extract().path("id");
        assertThat(db.count("select count(*) from sanction where sanction_id = ?1 and legal_representative_hash = ?2",
                id, expected)).isEqualTo(1);
        assertThat(db.count("select count(*) from decision_log where details like '%19900101%'")).isZero();
        as(REGULATOR_CN).body(Map.of("uscc", uscc, "legalRepresentativeIdNumber", "35*01", "reason", "x"))
                .post("/api/sanctions").then().statusCode(400).body("type", equalTo("urn:numguard:problem:invalid-value"));
    }

    @Test
    void aSanctionNeedsAValidUsccAsAStringAndNothingIsStoredOtherwise() {
        long before = db.count("select count(*) from sanction");
        // the probe of issue 17: numbers coerced to strings used to give an active sanction on "123"
        as(REGULATOR_CN).body("{\"uscc\":123,\"reason\":1}").post("/api/sanctions").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("uscc"));
        as(REGULATOR_CN).body(Map.of("uscc", newUscc(), "reason", 1)).post("/api/sanctions").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("reason"));
        as(REGULATOR_CN).body(Map.of("uscc", "91350100M00010006A' OR '1'='1", "reason", "probe"))
                .post("/api/sanctions").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:uscc-wrong-length")).body("field", equalTo("uscc"));
        String valid = newUscc();
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        as(REGULATOR_CN).body(Map.of("uscc", wrongCheck, "reason", "probe")).post("/api/sanctions").then()
                .statusCode(400).body("type", equalTo("urn:numguard:problem:uscc-wrong-check-character"))
                .body("expectedCheckCharacter", equalTo(String.valueOf(valid.charAt(17))));
        as(REGULATOR_CN).body(Map.of("uscc", "91350100m0001000" + "6i", "reason", "probe")).post("/api/sanctions")
                .then().statusCode(400).body("type", equalTo("urn:numguard:problem:uscc-illegal-character"));
        assertThat(db.count("select count(*) from sanction")).isEqualTo(before);
        // a valid code typed in lower case is stored as the registry keeps it
        as(REGULATOR_CN).body(Map.of("uscc", valid.toLowerCase(), "reason", "probe")).post("/api/sanctions").then()
                .statusCode(201).body("uscc", equalTo(valid));
    }

    @Test
    void anActiveSanctionFollowsAControlChangeToTheNewLegalRepresentative() {
        String uscc = newUscc();
        String before = "lrhash-before-" + uscc;
        String after = "lrhash-after-" + uscc;
        registerLicensee(uscc, "FJ", before);
        db.awaitLicensee(uscc, "FJ");
        as(REGULATOR_FJ).body(Map.of("uscc", uscc, "reason", "fraud")).post("/api/sanctions").then().statusCode(201)
                .body("legalRepresentativeHash", equalTo(before));
        var change = new io.numguard.contracts.events.LicenseeControlChanged(uscc, "FJ", "LEGAL_REPRESENTATIVE",
                false, null, java.util.List.of(), java.time.Instant.now(), after, before);
        try (var sanctions = KafkaTestClient.tail(bootstrap(), Topics.ENFORCEMENT_SANCTIONS)) {
            io.numguard.enforcement.testing.Api.send(io.numguard.contracts.EventType.LICENSEE_CONTROL_CHANGED, uscc,
                    change);
            var imposed = sanctions.await(r -> uscc.equals(r.key()) && r.value().contains(after),
                    Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(imposed, "ce_type")).isEqualTo("io.numguard.sanction.imposed.v1");
        }
        // both people barred now; the one in control is what a fraud revocation's sanction takes
        as(REGULATOR_FJ).get("/api/sanctions?uscc={u}&active=true", uscc).then().statusCode(200)
                .body("legalRepresentativeHash", org.hamcrest.Matchers.containsInAnyOrder(before, after))
                .body("find { it.legalRepresentativeHash == '" + after + "' }.imposedBy", equalTo("system"));
        assertThat(db.single("select legal_representative_hash from known_licensee where uscc = ?1", uscc))
                .isEqualTo(after);
        // the same change again (re-sent) bars no one twice
        String again = io.numguard.enforcement.testing.Api.send(
                io.numguard.contracts.EventType.LICENSEE_CONTROL_CHANGED, uscc, change);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> db.count(
                "select count(*) from processed_event where event_id = ?1", again) == 1);
        assertThat(db.count("select count(*) from sanction where uscc = ?1", uscc)).isEqualTo(2);
    }

    static String hmac(String normalised) {
        try {
            var mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec("numguard-dev-pepper-change-me".getBytes(
                    java.nio.charset.StandardCharsets.UTF_8), "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(
                    java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
