package io.numguard.enforcement.it;

import io.numguard.contracts.EventType;
import io.numguard.enforcement.testing.Db;
import io.numguard.enforcement.testing.TestClockProducer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
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
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;

/** enforcement-service's monthly report against counts taken straight from its tables; scope and input. */
@QuarkusTest
class MonthlyReportTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    Db db;

    private static Map<String, Object> row(JsonPath report, String section, String province, String subjectKey,
                                           String subject) {
        return report.<Map<String, Object>>getList("sections." + section).stream()
                .filter(r -> province.equals(r.get("province")) && subject.equals(r.get(subjectKey)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + section + " row " + province + "/"
                        + subject + " in " + report.prettify()));
    }

    private static long n(Map<String, Object> row, String measure) {
        return ((Number) row.get(measure)).longValue();
    }

    @Test
    void casesAcknowledgementsAndReferralsEqualTheDatabase() {
        String code = newSegmentCode();
        String uscc = newUscc();
        allocateSegment(code, uscc, "FJ", List.of("CT", "CM"));
        db.awaitSegment(code, "ALLOCATED");
        String caseId = as(REGULATOR_FJ).body(Map.of("subjectKind", "SEGMENT", "subject", code, "reason", "fraud"))
                .post("/api/cases").then().statusCode(201).extract().path("id");
        as(POLICE_FZ).body(Map.of("policeCaseNumber", "FZ-REPORT-1", "lossYuan", 1200,
                        "suspectNumbers", List.of(code + "56"), "summary", "joins the case"))
                .post("/api/referrals").then().statusCode(201);
        as(POLICE_FZ).body(Map.of("policeCaseNumber", "FZ-REPORT-2", "lossYuan", 80,
                        "suspectNumbers", List.of("95999902"), "summary", "matches nothing"))
                .post("/api/referrals").then().statusCode(201);
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "INVESTIGATE", "complaints to look into", false).statusCode(200);
        CaseWorkflowApiTest.act(REGULATOR_FJ, caseId, "PROPOSE_REVOCATION", "fraud", false).statusCode(200);
        String orderId = CaseWorkflowApiTest.act(REGULATOR_FJ2, caseId, "APPROVE", "second pair of eyes agrees", false).statusCode(200)
                .extract().path("orders[0].orderId");
        send(EventType.SEGMENT_REVOKED, code, segment(code, uscc, "FJ", "REVOKED", List.of("CT", "CM"), orderId,
                TestClockProducer.CLOCK.instant()));
        db.awaitObligation(orderId);
        as(CARRIER_CT).post("/api/orders/{id}/acknowledgements", orderId).then().statusCode(201);

        Instant opened = Instant.parse(db.single("select to_char(opened_at at time zone 'UTC', "
                + "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') from enforcement_case where id = ?1", caseId).toString());
        YearMonth month = YearMonth.from(opened.atZone(CHINA));
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        JsonPath fj = as(REGULATOR_FJ).get("/api/reports/monthly?month=" + month).then().statusCode(200).extract()
                .jsonPath();

        Map<String, Object> cases = row(fj, "cases", "FJ", "licenseeUscc", uscc);
        assertThat(n(cases, "opened")).isEqualTo(1).isEqualTo(db.count("select count(*) from enforcement_case "
                + "where licensee_uscc = ?1 and opened_at >= ?2 and opened_at < ?3", uscc, from, to));
        assertThat(n(cases, "decided")).isEqualTo(1).isEqualTo(db.count("select count(*) from decision_log "
                + "where kind = 'APPROVAL' and subject = ?1 and decided_at >= ?2 and decided_at < ?3",
                "case/" + caseId, from, to));
        assertThat(n(cases, "closed")).isZero();
        double hours = ((Number) db.single("select extract(epoch from min(d.decided_at) - c.opened_at) / 3600.0 "
                + "from decision_log d join enforcement_case c on d.subject = 'case/' || c.id "
                + "where c.id = ?1 and d.kind = 'APPROVAL' group by c.opened_at", caseId)).doubleValue();
        assertThat(((Number) cases.get("medianHoursToDecision")).doubleValue()).isCloseTo(hours, within(0.01));

        // acknowledgements of FJ obligations due this month, per carrier, as the tables say
        String dueInMonth = " from carrier_acknowledgement a join acknowledgement_obligation o on o.order_id = "
                + "a.order_id join enforcement_case c on c.id = o.case_id where c.province = 'FJ' and a.carrier_id = ?1"
                + " and o.due_by >= ?2 and o.due_by < ?3";
        Map<String, Object> ct = row(fj, "acknowledgements", "FJ", "carrier", "CT");
        assertThat(n(ct, "onTime")).isPositive().isEqualTo(db.count("select count(*)" + dueInMonth
                + " and a.acknowledged_at <= o.due_by", "CT", from, to));
        Map<String, Object> cm = row(fj, "acknowledgements", "FJ", "carrier", "CM");
        assertThat(n(cm, "onTime") + n(cm, "late") + n(cm, "pending")).isEqualTo(db.count("select count(*)"
                + dueInMonth, "CM", from, to));
        assertThat(n(cm, "pending")).isPositive().isEqualTo(db.count("select count(*)" + dueInMonth
                + " and a.acknowledged_at is null and o.due_by >= ?4", "CM", from, to, TestClockProducer.CLOCK.instant()));

        // referrals: the one that joined the case, under the case's state; the unmatched one only for the ministry
        Map<String, Object> joined = row(fj, "referrals", "FJ", "outcome", "REVOCATION_APPROVED");
        assertThat(n(joined, "referrals")).isPositive().isEqualTo(db.count("select count(distinct r.referral_id) "
                + "from referral r cross join lateral jsonb_array_elements(cast(r.links as jsonb)) l join "
                + "enforcement_case c on c.id = l ->> 'caseId' where c.province = 'FJ' and c.state = "
                + "'REVOCATION_APPROVED' and r.received_at >= ?1 and r.received_at < ?2", from, to));
        assertThat(fj.<Map<String, Object>>getList("sections.referrals"))
                .noneSatisfy(r -> assertThat(r.get("outcome")).isEqualTo("UNMATCHED"));
        JsonPath cn = as(REGULATOR_CN).get("/api/reports/monthly?month=" + month).then().statusCode(200).extract()
                .jsonPath();
        assertThat(n(row(cn, "referrals", "", "outcome", "UNMATCHED"), "referrals")).isEqualTo(db.count(
                "select count(*) from referral where links = '[]' and received_at >= ?1 and received_at < ?2",
                from, to));
        assertThat(row(cn, "cases", "FJ", "licenseeUscc", uscc)).isEqualTo(cases);

        // scope and CSV
        assertThat(as(REGULATOR_GD).get("/api/reports/monthly?month=" + month).then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("sections.cases"))
                .noneSatisfy(r -> assertThat(r.get("licenseeUscc")).isEqualTo(uscc));
        as(REGULATOR_GD).get("/api/reports/monthly?month=" + month + "&province=FJ").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));
        String csv = as(REGULATOR_FJ).accept("text/csv").get("/api/reports/monthly?month=" + month).then()
                .statusCode(200).extract().asString();
        assertThat(csv).contains(month + ",cases,FJ,licenseeUscc," + uscc + ",opened,1\r\n")
                .contains(month + ",acknowledgements,FJ,carrier,CT,onTime,");
    }

    @Test
    void onlyRegulatorsWithAWellFormedMonth() {
        as(REGULATOR_FJ).get("/api/reports/monthly?month=2026-1").then().statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-parameter")).body("parameter", equalTo("month"));
        as(CARRIER_CT).get("/api/reports/monthly?month=2026-11").then().statusCode(403);
        as(POLICE_FZ).get("/api/reports/monthly?month=2026-11").then().statusCode(403);
        RestAssured.given().get("/api/reports/monthly?month=2026-11").then().statusCode(401);
    }
}
