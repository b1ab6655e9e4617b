package io.numguard.registry.it;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.as;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Joint punishment reaches the segments a sanctioned licensee already holds: no new outbound authorisation on them,
 * and its record says SANCTIONED instead of ACTIVE, until the sanction is lifted.
 */
@QuarkusTest
class SanctionedLicenseeTest {

    @Test
    void aSanctionedLicenseeGetsNoOutboundAuthorisationAndItsRecordSaysSo() {
        String uscc = Api.registerLicensee("FJ");
        String held = Api.allocate(uscc);
        String other = Api.allocate(uscc);
        as(REG_FJ).get("/api/licensees/" + uscc).then().statusCode(200).body("status", equalTo("ACTIVE"))
                .body("sanctioned", equalTo(false));

        String sanctionId = "sanction-" + UUID.randomUUID();
        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.imposed", uscc, """
                {"sanctionId":"%s","uscc":"%s","reason":"fraud","caseId":"case-1","imposedBy":"regulator.fj2",
                 "imposedAt":"%s"}""".formatted(sanctionId, uscc, Instant.now()), UUID.randomUUID().toString());

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(REG_FJ).get("/api/licensees/" + uscc).then()
                .statusCode(200).body("status", equalTo("SANCTIONED")).body("sanctioned", equalTo(true)));
        as(REG_CN).get("/api/licensees?limit=500").then().statusCode(200)
                .body("find { it.uscc == '" + uscc + "' }.status", equalTo("SANCTIONED"));
        as(REG_FJ).body(Map.of("outboundAuthorised", true)).post("/api/segments/" + held + "/outbound").then()
                .statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:outbound-barred-by-sanction"));
        as(REG_CN).get("/api/segments/" + held).then().body("outboundAuthorised", equalTo(false));

        Api.sendEvent("numguard.enforcement.sanctions.v1", "sanction.lifted", uscc, """
                {"sanctionId":"%s","uscc":"%s","reason":"served","liftedBy":"regulator.cn","liftedAt":"%s"}"""
                .formatted(sanctionId, uscc, Instant.now()), UUID.randomUUID().toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(REG_FJ).get("/api/licensees/" + uscc).then()
                .statusCode(200).body("status", equalTo("ACTIVE")));
        as(REG_FJ).body(Map.of("outboundAuthorised", true)).post("/api/segments/" + other + "/outbound").then()
                .statusCode(200).body("outboundAuthorised", equalTo(true));
    }
}
