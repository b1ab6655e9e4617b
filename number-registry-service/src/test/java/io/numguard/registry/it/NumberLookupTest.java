package io.numguard.registry.it;

import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Expansion, sub-number filing and the longest-prefix lookup, with the police audit. */
@QuarkusTest
class NumberLookupTest {
    @Inject
    EntityManager em;
    @Inject
    io.numguard.registry.lookup.service.NumberIndexKeeper keeper;

    private static Map<String, Object> filing(String number, String client) {
        return Map.of("number", number, "endClient", Map.of("name", client, "purpose", "customer service"));
    }

    private static String fullWidth(String digits) {
        StringBuilder sb = new StringBuilder();
        digits.chars().forEach(c -> sb.append((char) ('\uFF10' + (c - '0'))));
        return sb.toString();
    }

    @Test
    void expansionThenFilingThenLookupInEveryTypedForm() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.allocate(uscc);
        String holder = Api.licenseeToken(uscc);

        as(holder).body(filing(code + "45", "Bank")).post("/api/segments/" + code + "/sub-numbers").then()
                .statusCode(409).body("type", equalTo("urn:numguard:problem:segment-not-expanded"));

        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.segments.v1")) {
            as(REG_FJ).post("/api/segments/" + code + "/expansion").then().statusCode(200)
                    .body("expanded", equalTo(true)).body("code", equalTo(code));
            tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.expanded.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
        }
        as(REG_FJ).post("/api/segments/" + code + "/expansion").then().statusCode(409)
                .body("type", equalTo("urn:numguard:problem:segment-already-expanded"));

        String number = code + "45";
        as(holder).body(filing(number, "Bank of Fuzhou")).post("/api/segments/" + code + "/sub-numbers").then()
                .statusCode(201).body("number", equalTo(number)).body("endClient.name", equalTo("Bank of Fuzhou"));
        as(Api.licenseeToken(Api.registerLicensee("FJ"))).body(filing(number, "Mine"))
                .post("/api/segments/" + code + "/sub-numbers").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:not-segment-holder"));
        as(holder).body(filing("95" + (code.startsWith("957") ? "0" : "7") + "12345", "Elsewhere"))
                .post("/api/segments/" + code + "/sub-numbers").then().statusCode(422)
                .body("type", equalTo("urn:numguard:problem:number-outside-segment"));

        String spaced = code.substring(0, 3) + " " + code.substring(3) + "-45";
        for (String typed : new String[]{number, "+86 " + spaced, "0086-" + number, fullWidth(number)}) {
            as(Api.CARRIER_CT).get("/api/numbers/" + typed).then().statusCode(200)
                    .body("number", equalTo(number)).body("held", equalTo(true))
                    .body("segment.code", equalTo(code)).body("licensee.uscc", equalTo(uscc))
                    .body("licensee.name", equalTo("Call Centre " + uscc.substring(10)))
                    .body("carriers", contains("CT")).body("status", equalTo("ALLOCATED"))
                    .body("outboundAuthorised", equalTo(false))
                    .body("subNumberFiling.endClient.name", equalTo("Bank of Fuzhou"));
        }
        as(Api.CARRIER_CT).get("/api/numbers/" + code + "46").then().statusCode(200).body("held", equalTo(true))
                .body("subNumberFiling", nullValue());
        as(Api.CARRIER_CT).get("/api/numbers/" + Api.freeCode() + "46").then().statusCode(200)
                .body("held", equalTo(false)).body("segment", nullValue());
        as(Api.CARRIER_CT).get("/api/numbers/12345").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-number"));
    }

    @Test
    void outboundAuthorisationIsRecordedPublishedAndLookedUp() {
        String code = Api.allocate(Api.registerLicensee("FJ"));
        as(Api.CARRIER_CT).get("/api/numbers/" + code).then().body("outboundAuthorised", equalTo(false));
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.segments.v1")) {
            as(REG_FJ).body(Map.of("outboundAuthorised", true)).post("/api/segments/" + code + "/outbound").then()
                    .statusCode(200).body("outboundAuthorised", equalTo(true));
            tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.outbound-changed.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
        }
        as(Api.CARRIER_CT).get("/api/numbers/" + code).then().body("outboundAuthorised", equalTo(true));
        as(REG_FJ).body(Map.of("outboundAuthorised", true)).post("/api/segments/" + code + "/outbound").then()
                .statusCode(409).body("type", equalTo("urn:numguard:problem:outbound-unchanged"));
    }

    @Test
    void aChangeCommittedByAnotherReplicaReachesTheIndexThroughTheSegmentEvent() {
        String code = Api.allocate(Api.registerLicensee("FJ"));
        // another replica's commit: the row changes under this instance, then its event arrives
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update segment set expanded = true where code = ?1 and status <> 'RELEASED'")
                .setParameter(1, code).executeUpdate());
        Api.sendEvent("numguard.registry.segments.v1", "segment.expanded", code,
                "{\"code\":\"" + code + "\",\"status\":\"ALLOCATED\"}", java.util.UUID.randomUUID().toString());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(Api.CARRIER_CT).get("/api/numbers/" + code).then().body("segment.expanded", equalTo(true)));
    }

    @Test
    void eachFilingIsPublishedWithoutTheEndClientAndAReFilingIsACorrectionWithHistory() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.allocate(uscc);
        as(REG_FJ).post("/api/segments/" + code + "/expansion").then().statusCode(200);
        String holder = Api.licenseeToken(uscc);
        String number = code + "31";
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.segments.v1")) {
            String firstAt = as(holder).body(filing(number, "Bank of Xiamen")).post("/api/segments/" + code
                    + "/sub-numbers").then().statusCode(201).body("replacesEarlierFiling", equalTo(false))
                    .extract().path("filedAt");
            var first = tail.await(r -> code.equals(r.key()) && "io.numguard.segment.sub-number-filed.v1"
                    .equals(KafkaTestClient.header(r, "ce_type")), Duration.ofSeconds(20));
            assertThat(first.value()).contains("\"number\":\"" + number + "\"")
                    .contains("\"replacesEarlierFiling\":false").doesNotContain("Bank of Xiamen");

            as(holder).body(filing(number, "Bank of Quanzhou")).post("/api/segments/" + code + "/sub-numbers")
                    .then().statusCode(200).body("replacesEarlierFiling", equalTo(true))
                    .body("replacedFiledAt", org.hamcrest.Matchers.startsWith(firstAt.substring(0, 19)))
                    .body("endClient.name", equalTo("Bank of Quanzhou"));
            var second = tail.await(r -> code.equals(r.key()) && r.value().contains("\"replacesEarlierFiling\":true"),
                    Duration.ofSeconds(20));
            assertThat(second.value()).contains(number).doesNotContain("Quanzhou");
        }
        // the earlier filing is kept in the number's history, the current one is the correction
        assertThat(io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select end_client_name from sub_number_filing_audit where number = ?1 order by id")
                .setParameter(1, number).getResultList())).containsExactly("Bank of Xiamen", "Bank of Quanzhou");
        as(Api.CARRIER_CT).get("/api/numbers/" + number).then().statusCode(200)
                .body("subNumberFiling.endClient.name", equalTo("Bank of Quanzhou"));
    }

    @Test
    void aRebuildFromTheDatabaseGivesTheSameAnswers() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.allocate(uscc);
        as(REG_FJ).post("/api/segments/" + code + "/expansion").then().statusCode(200);
        as(Api.licenseeToken(uscc)).body(filing(code + "07", "Insurer")).post("/api/segments/" + code
                + "/sub-numbers").then().statusCode(201);
        as(Api.licenseeToken(uscc)).body(filing(code + "07", "Insurer II")).post("/api/segments/" + code
                + "/sub-numbers").then().statusCode(200); // re-filing corrects
        keeper.rebuild();
        as(Api.CARRIER_CT).get("/api/numbers/" + code + "07").then().statusCode(200)
                .body("segment.expanded", equalTo(true)).body("licensee.uscc", equalTo(uscc))
                .body("licensee.name", equalTo("Call Centre " + uscc.substring(10)))
                .body("subNumberFiling.endClient.name", equalTo("Insurer II"));
    }

    @Test
    void theOpenApiDocumentDescribesTheContract() {
        io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.keySet()", org.hamcrest.Matchers.hasItems("/api/licensees", "/api/licensees/{uscc}",
                        "/api/licensees/{uscc}/control-changes", "/api/segments", "/api/segments/{code}",
                        "/api/segments/{code}/expansion", "/api/segments/{code}/sub-numbers",
                        "/api/segments/{code}/history", "/api/numbers/{number}"));
    }

    @Test
    void everyPoliceReadIsAuditedWithItsCaseReference() {
        String code = Api.allocate(Api.registerLicensee("FJ"));
        String caseRef = "FZ-" + System.nanoTime();
        as(Api.POLICE).get("/api/numbers/" + code + "99").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:case-reference-required"));
        as(Api.POLICE).queryParam("caseRef", caseRef).get("/api/numbers/+86" + code + "99").then().statusCode(200)
                .body("held", equalTo(true));
        as(Api.POLICE).header("X-Case-Ref", caseRef).get("/api/numbers/" + code + "98").then().statusCode(200);
        as(Api.CARRIER_CT).queryParam("caseRef", caseRef).get("/api/numbers/" + code + "97").then()
                .statusCode(200);

        @SuppressWarnings("unchecked")
        var rows = (java.util.List<Object[]>) em.createNativeQuery(
                        "select user_id, agency, number, case_ref from police_lookup_audit where case_ref = ?1 "
                                + "order by id")
                .setParameter(1, caseRef).getResultList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsExactly("police.fz", "FZPSB", code + "99", caseRef);
        assertThat(rows.get(1)[2]).isEqualTo(code + "98");
    }
}
