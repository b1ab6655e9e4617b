package io.numguard.complaint.report;

import io.numguard.complaint.testing.Fixtures;
import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** complaint-service's monthly report against counts taken straight from its complaint table; scope and input. */
@QuarkusTest
class MonthlyReportTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static Map<String, Object> row(JsonPath report, String uscc) {
        return report.<Map<String, Object>>getList("sections.complaints").stream()
                .filter(r -> uscc.equals(r.get("licenseeUscc"))).findFirst().orElseThrow();
    }

    private static Map<String, Object> complaint(String number) {
        return Map.of("number", number, "category", "HARASSMENT",
                "calledAt", Instant.now().minusSeconds(120).toString());
    }

    @Test
    void figuresEqualTheDatabaseAndEachRegulatorSeesItsProvince() {
        // a segment of a licensee of its own, as the registry's event announces it
        String code = Fixtures.newSegment();
        String uscc = "91350100MA" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        KafkaTestClient.send(Fixtures.bootstrap(), Topics.REGISTRY_SEGMENTS, code, "{\"code\":\"" + code
                + "\",\"licenseeUscc\":\"" + uscc + "\",\"province\":\"FJ\",\"status\":\"ALLOCATED\","
                + "\"carriers\":[\"CT\"],\"outboundAuthorised\":false,\"expanded\":true,\"occurredAt\":\""
                + Instant.now() + "\"}", Fixtures.ceHeaders(UUID.randomUUID().toString(), "segment.allocated"));
        Fixtures.awaitSegmentStatus(code, "ALLOCATED");

        String citizen = Fixtures.citizen();
        Fixtures.as(citizen).body(complaint(code + "11")).post("/api/complaints").then().statusCode(201);
        Fixtures.as(citizen).body(complaint(code + "11")).post("/api/complaints").then().statusCode(200)
                .body("counted", equalTo(false)); // the same citizen, same number, same day
        Fixtures.as(Fixtures.citizen()).body(complaint(code + "12")).post("/api/complaints").then().statusCode(201);
        Fixtures.as(Fixtures.carrier("CT")).body(Map.of("marks", List.of(Fixtures.mark(code + "13", "MARKETING"),
                Fixtures.mark(code + "14", "FRAUD")))).post("/api/complaints/batch").then().statusCode(200);

        YearMonth month = YearMonth.now(CHINA);
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        String inMonth = " and created_at >= ?2 and created_at < ?3";
        JsonPath fj = Fixtures.as(Fixtures.regulator("FJ")).get("/api/reports/monthly?month=" + month).then()
                .statusCode(200).extract().jsonPath();
        Map<String, Object> mine = row(fj, uscc);
        assertThat(mine.get("province")).isEqualTo("FJ");
        long received = Fixtures.count("select count(*) from complaint where segment_code = ?1" + inMonth, code,
                from, to);
        assertThat(received).isEqualTo(5);
        assertThat(((Number) mine.get("received")).longValue()).isEqualTo(received);
        assertThat(((Number) mine.get("counted")).longValue()).isEqualTo(4).isEqualTo(Fixtures.count(
                "select count(*) from complaint where segment_code = ?1 and counted" + inMonth, code, from, to));
        assertThat(((Number) mine.get("fromCitizens")).longValue()).isEqualTo(Fixtures.count(
                "select count(*) from complaint where segment_code = ?1 and source = 'CITIZEN'" + inMonth, code,
                from, to)).isEqualTo(3);
        assertThat(((Number) mine.get("fromCarriers")).longValue()).isEqualTo(2);
        assertThat(((Number) mine.get("fromPolice")).longValue()).isZero();
        assertThat(fj.<Map<String, Object>>getList("sections.complaints"))
                .allSatisfy(r -> assertThat(r.get("province")).isEqualTo("FJ"));

        // the ministry sees it too, and the same figures; another province does not
        assertThat(row(Fixtures.as(Fixtures.regulator("CN")).get("/api/reports/monthly?month=" + month).then()
                .statusCode(200).extract().jsonPath(), uscc)).isEqualTo(mine);
        assertThat(Fixtures.as(Fixtures.regulator("GD")).get("/api/reports/monthly?month=" + month).then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("sections.complaints"))
                .noneSatisfy(r -> assertThat(r.get("licenseeUscc")).isEqualTo(uscc));
        Fixtures.as(Fixtures.regulator("GD")).get("/api/reports/monthly?month=" + month + "&province=FJ").then()
                .statusCode(403).body("type", equalTo("urn:numguard:problem:outside-province"));
        String csv = Fixtures.as(Fixtures.regulator("FJ")).accept("text/csv")
                .get("/api/reports/monthly?month=" + month).then().statusCode(200).extract().asString();
        assertThat(csv).contains(month + ",complaints,FJ,licenseeUscc," + uscc + ",received,5\r\n");
    }

    @Test
    void onlyRegulatorsWithAWellFormedMonth() {
        Fixtures.as(Fixtures.regulator("FJ")).get("/api/reports/monthly?month=2026-13").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-parameter")).body("parameter", equalTo("month"));
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reports/monthly?month=2026-11").then().statusCode(403);
        Fixtures.as(Fixtures.citizen()).get("/api/reports/monthly?month=2026-11").then().statusCode(403);
        RestAssured.given().get("/api/reports/monthly?month=2026-11").then().statusCode(401);
    }
}
