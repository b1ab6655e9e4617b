package io.numguard.registry.it;

import io.numguard.devstack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every endpoint against every role (none, citizen, licensee, carrier, police, regulator) and the wrong scopes
 * (another licensee, another province); a successful write gets fresh data each time.
 */
@QuarkusTest
class AuthorizationMatrixTest {
    private static final String NONE = "none";
    private static final String CITIZEN = "citizen";
    private static final String LICENSEE = "licensee (holder)";
    private static final String OTHER_LICENSEE = "licensee (other)";
    private static final String CARRIER = "carrier CT";
    private static final String OTHER_CARRIER = "carrier CM";
    private static final String POLICE = "police";
    private static final String REG_OTHER_PROVINCE = "regulator GD";
    private static final String REG_PROVINCE = "regulator FJ";
    private static final String REG_MINISTRY = "regulator CN";

    private String uscc;
    private String code;
    private final Map<String, String> tokens = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    @BeforeEach
    void fixture() {
        uscc = Api.registerLicensee("FJ");
        code = Api.allocate(uscc);
        as(Api.REG_CN).post("/api/segments/" + code + "/expansion").then().statusCode(200);
        tokens.put(NONE, null);
        tokens.put(CITIZEN, Api.CITIZEN);
        tokens.put(LICENSEE, Api.licenseeToken(uscc));
        tokens.put(OTHER_LICENSEE, Api.licenseeToken(Api.newUscc("FJ")));
        tokens.put(CARRIER, Api.CARRIER_CT);
        tokens.put(OTHER_CARRIER, TestTokens.carrier(Api.AUD, "carrier.cm", "CM"));
        tokens.put(POLICE, Api.POLICE);
        tokens.put(REG_OTHER_PROVINCE, Api.REG_GD);
        tokens.put(REG_PROVINCE, Api.REG_FJ);
        tokens.put(REG_MINISTRY, Api.REG_CN);
    }

    /** Expected status per role; roles not named expect {@code otherwise}. */
    private void check(String endpoint, Function<String, Response> call, int otherwise, Object... expected) {
        Map<String, Integer> exp = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i += 2) {
            exp.put((String) expected[i], (Integer) expected[i + 1]);
        }
        for (var t : tokens.entrySet()) {
            int want = t.getKey().equals(NONE) ? 401 : exp.getOrDefault(t.getKey(), otherwise);
            Response r = call.apply(t.getValue());
            if (r.statusCode() != want) {
                failures.add(endpoint + " as " + t.getKey() + ": expected " + want + ", got " + r.statusCode() + " "
                        + r.asString());
            } else if (want >= 400 && !r.contentType().startsWith("application/problem+json")) {
                failures.add(endpoint + " as " + t.getKey() + ": a " + want + " without problem+json");
            }
        }
    }

    @Test
    void everyEndpointAgainstEveryRoleAndScope() {
        check("POST /api/licensees", tok -> as(tok).body(Api.licenseeBody(Api.newUscc("FJ"), "FJ",
                        Api.randomIdNumber(), LocalDate.now(), LocalDate.now().plusYears(2))).post("/api/licensees"),
                403, REG_PROVINCE, 201, REG_MINISTRY, 201);

        check("GET /api/licensees", tok -> as(tok).get("/api/licensees?limit=1"), 403,
                REG_PROVINCE, 200, REG_MINISTRY, 200, REG_OTHER_PROVINCE, 200);

        check("GET /api/licensees/{uscc}", tok -> as(tok).get("/api/licensees/" + uscc), 200,
                CITIZEN, 403, OTHER_LICENSEE, 403, REG_OTHER_PROVINCE, 403);

        check("POST /api/licensees/{uscc}/control-changes", tok -> as(tok)
                        .body(Map.of("controllingShareholders", List.of("Holder " + UUID.randomUUID())))
                        .post("/api/licensees/" + uscc + "/control-changes"),
                403, REG_PROVINCE, 200, REG_MINISTRY, 200);

        check("POST /api/segments", tok -> as(tok).body(Map.of("code", Api.freeCode(), "licenseeUscc", uscc,
                        "carriers", List.of("CT"))).post("/api/segments"),
                403, REG_PROVINCE, 201, REG_MINISTRY, 201);

        check("GET /api/segments/{code}", tok -> as(tok).get("/api/segments/" + code), 200,
                CITIZEN, 403, OTHER_LICENSEE, 403, REG_OTHER_PROVINCE, 403);

        check("GET /api/segments", tok -> as(tok).get("/api/segments"), 200, CITIZEN, 403);

        check("GET /api/segments/{code}/history", tok -> as(tok).get("/api/segments/" + code + "/history"), 403,
                POLICE, 200, REG_PROVINCE, 200, REG_MINISTRY, 200);

        check("POST /api/segments/{code}/expansion",
                tok -> as(tok).post("/api/segments/" + Api.allocate(uscc) + "/expansion"),
                403, REG_PROVINCE, 200, REG_MINISTRY, 200);

        check("POST /api/segments/{code}/outbound", tok -> as(tok).body(Map.of("outboundAuthorised", true))
                        .post("/api/segments/" + Api.allocate(uscc) + "/outbound"),
                403, REG_PROVINCE, 200, REG_MINISTRY, 200);

        check("POST /api/segments/{code}/sub-numbers", tok -> as(tok)
                        .body(Map.of("number", code + "01", "endClient", Map.of("name", "Bank", "purpose", "service")))
                        .post("/api/segments/" + code + "/sub-numbers"),
                403, LICENSEE, 201);

        check("GET /api/numbers/{number}", tok -> as(tok).queryParam("caseRef", "FZ-2026-001")
                        .get("/api/numbers/" + code + "01"),
                200, CITIZEN, 403, LICENSEE, 403, OTHER_LICENSEE, 403);

        check("GET /api/numbers/{number} without caseRef", tok -> as(tok).get("/api/numbers/" + code + "01"),
                200, CITIZEN, 403, LICENSEE, 403, OTHER_LICENSEE, 403, POLICE, 400);

        assertThat(failures).isEmpty();
    }

    @Test
    void listsAreCutToTheCallersScope() {
        List<String> fj = as(Api.REG_FJ).get("/api/segments?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("code", String.class);
        List<String> gd = as(Api.REG_GD).get("/api/segments").then().statusCode(200).extract().jsonPath()
                .getList("code", String.class);
        List<String> own = as(tokens.get(LICENSEE)).get("/api/segments").then().statusCode(200).extract()
                .jsonPath().getList("code", String.class);
        List<String> other = as(tokens.get(OTHER_LICENSEE)).get("/api/segments").then().statusCode(200).extract()
                .jsonPath().getList("code", String.class);
        assertThat(fj).contains(code);
        assertThat(gd).doesNotContain(code);
        assertThat(own).containsExactly(code);
        assertThat(other).isEmpty();
        as(tokens.get(OTHER_LICENSEE)).queryParam("licensee", uscc).get("/api/segments").then().statusCode(403);
        List<String> provinces = as(Api.REG_FJ).get("/api/segments?limit=500").then().extract().jsonPath()
                .getList("province", String.class);
        assertThat(provinces).containsOnly("FJ");
        List<String> fjLicensees = as(Api.REG_FJ).get("/api/licensees?limit=500").then().statusCode(200).extract()
                .jsonPath().getList("province", String.class);
        assertThat(fjLicensees).isNotEmpty().containsOnly("FJ");
        assertThat(as(Api.REG_GD).get("/api/licensees?limit=500").then().statusCode(200).extract().jsonPath()
                .getList("uscc", String.class)).doesNotContain(uscc);
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        as(TestTokens.regulator("numguard-enforcement", "regulator.cn", "CN")).get("/api/segments").then()
                .statusCode(401);
    }
}
