package io.numguard.registry.it;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.REG_FJ;
import static io.numguard.registry.it.Api.REG_GD;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The registry's monthly report against counts taken straight from its tables; scope and bad input. */
@QuarkusTest
class MonthlyReportTest {
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    EntityManager em;

    private long count(String sql, Object... params) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    private static Map<String, Object> row(JsonPath report, String uscc) {
        return report.<Map<String, Object>>getList("sections.segments").stream()
                .filter(r -> uscc.equals(r.get("licenseeUscc"))).findFirst().orElseThrow();
    }

    @Test
    void figuresEqualTheDatabaseAndEachRegulatorSeesItsProvince() {
        String uscc = Api.registerLicensee("FJ");
        String suspended = Api.allocate(uscc);
        String revoked = Api.allocate(uscc);
        Api.allocate(uscc);
        Api.sendOrder("order.suspend", suspended, "order-" + UUID.randomUUID());
        Api.sendOrder("order.revoke", revoked, "order-" + UUID.randomUUID());
        await().until(() -> "SUSPENDED".equals(Api.status(suspended)) && "REVOKED".equals(Api.status(revoked)));

        YearMonth month = YearMonth.now(CHINA);
        Instant from = month.atDay(1).atStartOfDay(CHINA).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(CHINA).toInstant();
        JsonPath fj = as(REG_FJ).get("/api/reports/monthly?month=" + month).then().statusCode(200).extract()
                .jsonPath();
        assertThat(fj.getString("month")).isEqualTo(month.toString());
        assertThat(fj.getString("province")).isEqualTo("FJ");
        Map<String, Object> mine = row(fj, uscc);
        assertThat(((Number) mine.get("allocated")).longValue()).isEqualTo(3).isEqualTo(count(
                "select count(*) from segment where licensee_uscc = ?1 and allocated_at >= ?2 and allocated_at < ?3",
                uscc, from, to));
        for (String action : List.of("SUSPEND", "REVOKE")) {
            long db = count("select count(*) from segment_history h join segment s on s.id = h.segment_id "
                    + "where s.licensee_uscc = ?1 and h.action = ?2 and h.at >= ?3 and h.at < ?4", uscc, action, from,
                    to);
            assertThat(db).isEqualTo(1);
            assertThat(((Number) mine.get(action.equals("SUSPEND") ? "suspended" : "revoked")).longValue())
                    .isEqualTo(db);
        }
        assertThat(mine.get("licenseeName")).isEqualTo("Call Centre " + uscc.substring(10));
        // the province's totals against the table, and nothing from elsewhere
        List<Map<String, Object>> rows = fj.getList("sections.segments");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("province")).isEqualTo("FJ"));
        assertThat(rows.stream().mapToLong(r -> ((Number) r.get("allocated")).longValue()).sum()).isEqualTo(count(
                "select count(*) from segment where province = 'FJ' and allocated_at >= ?1 and allocated_at < ?2",
                from, to));

        // the ministry: everything, or one province; the same FJ figures
        JsonPath cn = as(REG_CN).get("/api/reports/monthly?month=" + month).then().statusCode(200).extract()
                .jsonPath();
        assertThat(cn.getString("province")).isNull();
        assertThat(row(cn, uscc)).isEqualTo(mine);
        assertThat(as(REG_CN).get("/api/reports/monthly?month=" + month + "&province=FJ").then().statusCode(200)
                .extract().jsonPath().<Map<String, Object>>getList("sections.segments")).isEqualTo(rows);
        // another province sees none of it and may not ask for it
        assertThat(as(REG_GD).get("/api/reports/monthly?month=" + month).then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("sections.segments"))
                .noneSatisfy(r -> assertThat(r.get("licenseeUscc")).isEqualTo(uscc));
        as(REG_GD).get("/api/reports/monthly?month=" + month + "&province=FJ").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:outside-province"));

        // CSV, long form
        String csv = as(REG_FJ).accept("text/csv").get("/api/reports/monthly?month=" + month).then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().findFirst()).contains("month,section,province,subjectKind,subject,measure,value");
        assertThat(csv).contains(month + ",segments,FJ,licenseeUscc," + uscc + ",allocated,3\r\n")
                .contains(month + ",segments,FJ,licenseeUscc," + uscc + ",revoked,1\r\n");
    }

    @Test
    void onlyRegulatorsWithAWellFormedMonth() {
        for (String bad : List.of("2026-13", "2026-1", "11-2026", "abc", "")) {
            as(REG_FJ).get("/api/reports/monthly?month=" + bad).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:numguard:problem:invalid-parameter"))
                    .body("parameter", equalTo("month")).body("accepted", equalTo("YYYY-MM"));
        }
        as(REG_FJ).get("/api/reports/monthly").then().statusCode(400).body("parameter", equalTo("month"));
        as(REG_CN).get("/api/reports/monthly?month=2026-11&province=fujian").then().statusCode(400)
                .body("parameter", equalTo("province"));
        as(Api.CARRIER_CT).get("/api/reports/monthly?month=2026-11").then().statusCode(403);
        as(Api.POLICE).get("/api/reports/monthly?month=2026-11").then().statusCode(403);
        RestAssured.given().get("/api/reports/monthly?month=2026-11").then().statusCode(401);
    }
}
