package io.numguard.registry.it;

import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.registry.licensee.LegalRepresentativeHasher;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Allocation and each of its named policies, with the problem type each refusal carries. */
@QuarkusTest
class AllocationPolicyTest {

    private static Map<String, Object> allocation(String code, String uscc) {
        return Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT"), "outboundAuthorised", false);
    }

    private static void refused(String token, String code, String uscc, int status, String slug) {
        as(token).body(allocation(code, uscc)).post("/api/segments").then().statusCode(status)
                .contentType("application/problem+json").body("type", equalTo("urn:numguard:problem:" + slug));
    }

    @Test
    void aBadListFilterIsA400NamingTheParameterAndTheAcceptedValues() {
        as(REG_CN).get("/api/segments?status=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("parameter", equalTo("status"))
                .body("allowed", org.hamcrest.Matchers.hasItem("ALLOCATED"))
                .body("detail", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("io.numguard")));
        as(REG_CN).get("/api/segments?status=released").then().statusCode(200);
        as(REG_CN).get("/api/segments?licensee=nope").then().statusCode(400).body("field", equalTo("licensee"));
    }

    @Test
    void allocatesForFiveYearsInboundOnlyAndPublishesTheEvent() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.freeCode();
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.segments.v1")) {
            as(REG_FJ).body(Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT", "CM")))
                    .post("/api/segments").then().statusCode(201)
                    .header("Location", endsWith("/api/segments/" + code))
                    .body("code", equalTo(code)).body("licenseeUscc", equalTo(uscc))
                    .body("province", equalTo("FJ")).body("status", equalTo("ALLOCATED"))
                    .body("carriers", contains("CT", "CM")).body("outboundAuthorised", equalTo(false))
                    .body("expanded", equalTo(false)).body("validFrom", notNullValue())
                    .body("validUntil", notNullValue());
            ConsumerRecord<String, String> event = tail.await(r -> code.equals(r.key()), Duration.ofSeconds(20));
            assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo("io.numguard.segment.allocated.v1");
            assertThat(event.value()).contains("\"status\":\"ALLOCATED\"").contains(uscc);
        }
        String validFrom = as(REG_FJ).get("/api/segments/" + code).then().statusCode(200).extract().path("validFrom");
        String validUntil = as(REG_FJ).get("/api/segments/" + code).then().extract().path("validUntil");
        assertThat(LocalDate.parse(validUntil)).isEqualTo(LocalDate.parse(validFrom).plusYears(5).minusDays(1));
        as(REG_FJ).queryParam("licensee", uscc).get("/api/segments").then().statusCode(200)
                .body("code", contains(code));
        as(REG_FJ).queryParam("licensee", uscc).queryParam("status", "SUSPENDED").get("/api/segments").then()
                .statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void concurrentOverlappingAllocationsLeaveOneSegment() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.freeCode();
        String parent = code.substring(0, 5);
        for (int i = 0; i < 10; i++) {
            Api.handOut(parent + i);
        }
        List<Integer> statuses = java.util.stream.Stream.of(code, parent, code, parent).parallel()
                .map(c -> as(REG_CN).body(allocation(c, uscc)).post("/api/segments").statusCode()).toList();
        assertThat(statuses.stream().filter(s -> s == 201)).hasSize(1);
        assertThat(statuses).containsOnly(201, 422);
    }

    @Test
    void aCodeOutsideTheNumberPlanIsRefused() {
        String uscc = Api.registerLicensee("FJ");
        refused(REG_CN, "953123", uscc, 422, "segment-outside-number-plan");
        refused(REG_CN, "95110", uscc, 422, "segment-outside-number-plan");
        refused(REG_CN, "951101", uscc, 422, "segment-outside-number-plan");
        refused(REG_CN, "96123", uscc, 400, "invalid-segment-code");
    }

    @Test
    void aCodeOverlappingALiveSegmentEitherWayIsRefused() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.allocate(uscc);
        refused(REG_CN, code, uscc, 422, "segment-overlaps");
        refused(REG_CN, code.substring(0, 5), uscc, 422, "segment-overlaps");
    }

    @Test
    void aLicenseeWithoutAValidLicenceIsRefused() {
        String uscc = Api.newUscc("FJ");
        as(REG_CN).body(Api.licenseeBody(uscc, "FJ", Api.randomIdNumber(), LocalDate.now().minusYears(6),
                LocalDate.now().minusYears(1))).post("/api/licensees").then().statusCode(201);
        refused(REG_CN, Api.freeCode(), uscc, 422, "licence-invalid");
    }

    @Test
    void aRegulatorOutsideTheLicenseesProvinceIsRefused() {
        String uscc = Api.registerLicensee("GD");
        refused(REG_FJ, Api.freeCode(), uscc, 403, "outside-province");
    }

    @Test
    void anUnknownLicenseeOrCarrierIsNotAServerError() {
        as(REG_CN).body(allocation(Api.freeCode(), Api.newUscc("FJ"))).post("/api/segments").then().statusCode(404);
        as(REG_CN).body(Map.of("code", Api.freeCode(), "licenseeUscc", Api.registerLicensee("FJ"),
                        "carriers", List.of("XX"))).post("/api/segments").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value"));
    }

    @Test
    void aSanctionedLicenseeAndAnyCompanyOfItsLegalRepresentativeAreRefusedUntilLifted() {
        String idNumber = Api.randomIdNumber();
        String a = Api.registerLicensee("FJ", idNumber);
        String c = Api.registerLicensee("FJ", idNumber); // a new company, same legal representative
        String hash = new LegalRepresentativeHasher("numguard-dev-pepper-change-me").hash(idNumber).hex();
        String sanctionId = "sanction-" + UUID.randomUUID();
        String imposed = """
                {"sanctionId":"%s","uscc":"%s","legalRepresentativeHash":"%s","reason":"fraud","caseId":"case-1",
                 "imposedBy":"regulator.fj2","imposedAt":"%s"}""".formatted(sanctionId, a, hash, Instant.now());
        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.imposed", a, imposed,
                UUID.randomUUID().toString());

        // a fresh code per attempt: an attempt made before the sanction arrived succeeds and holds its code
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> refused(REG_CN, Api.freeCode(), a, 422,
                "licensee-sanctioned"));
        String code = Api.freeCode();
        refused(REG_CN, code, c, 422, "legal-representative-sanctioned");

        String lifted = """
                {"sanctionId":"%s","uscc":"%s","legalRepresentativeHash":"%s","reason":"served",
                 "liftedBy":"regulator.cn","liftedAt":"%s"}""".formatted(sanctionId, a, hash, Instant.now());
        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.lifted", a, lifted,
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(REG_CN).body(allocation(code, c)).post("/api/segments").then().statusCode(201));
    }

    @Test
    void aRedeliveredSanctionIsRecordedOnce() {
        String a = Api.registerLicensee("FJ");
        String sanctionId = "sanction-" + UUID.randomUUID();
        String ceId = UUID.randomUUID().toString();
        String imposed = """
                {"sanctionId":"%s","uscc":"%s","reason":"fraud","imposedAt":"%s"}"""
                .formatted(sanctionId, a, Instant.now());
        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.imposed", a, imposed, ceId);
        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.imposed", a, imposed, ceId);
        // a fresh code per attempt: an attempt made before the sanction arrived succeeds and holds its code
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> refused(REG_CN, Api.freeCode(), a, 422,
                "licensee-sanctioned"));
        String code = Api.freeCode();
        // one lift is enough: the duplicate did not create a second sanction
        String lifted = """
                {"sanctionId":"%s","uscc":"%s","liftedAt":"%s"}""".formatted(sanctionId, a, Instant.now());
        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.lifted", a, lifted,
                UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(REG_CN).body(allocation(code, a)).post("/api/segments").then().statusCode(201));
    }
}
