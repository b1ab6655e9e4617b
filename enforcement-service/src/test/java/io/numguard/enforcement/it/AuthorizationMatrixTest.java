package io.numguard.enforcement.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.CITIZEN;
import static io.numguard.enforcement.testing.Api.LICENSEE;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.as;
import static io.numguard.enforcement.testing.Api.newUscc;

/**
 * Every endpoint x every role: 401 without a token, 403 for a role that may not call it, and the success (or the
 * 404 of an id that does not exist) for a role that may. Scope inside a role (wrong province, other agency, other
 * carrier) is asserted in the feature tests: CaseWorkflowApiTest, ReferralApiTest, AcknowledgementApiTest,
 * SanctionApiTest.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    enum Who {
        NONE(null), CITIZEN_(CITIZEN), LICENSEE_(LICENSEE), CARRIER(CARRIER_CT), POLICE(POLICE_FZ),
        REGULATOR(REGULATOR_CN);

        final String token;

        Who(String token) {
            this.token = token;
        }
    }

    record Endpoint(String method, String path, Supplier<Object> body, Map<Who, Integer> expected) {
    }

    /** Expected status per role: {@code allowed} for the listed roles, 403 for the other roles, 401 for none. */
    static Map<Who, Integer> only(int allowed, Who... roles) {
        Map<Who, Integer> m = new LinkedHashMap<>();
        for (Who w : Who.values()) {
            m.put(w, w == Who.NONE ? 401 : 403);
        }
        for (Who w : roles) {
            m.put(w, allowed);
        }
        return m;
    }

    static Map<Who, Integer> with(Map<Who, Integer> m, Who who, int status) {
        m.put(who, status);
        return m;
    }

    @Test
    void everyEndpointForEveryRole() {
        Supplier<Object> newCase = () -> Map.of("subjectKind", "LICENSEE", "subject", newUscc(), "reason", "matrix");
        Supplier<Object> action = () -> Map.of("action", "INVESTIGATE", "reason", "matrix");
        Supplier<Object> referral = () -> Map.of("policeCaseNumber", "M-1", "lossYuan", 1,
                "suspectNumbers", List.of("95999902"));
        Supplier<Object> sanction = () -> Map.of("uscc", newUscc(), "reason", "matrix");
        Supplier<Object> lift = () -> Map.of("reason", "matrix");
        Supplier<Object> none = () -> null;
        // well-formed, not signed by the service: a regulator is told so (400), anyone else never gets that far
        Supplier<Object> checkpoint = () -> Map.of("sequence", 1, "headHash", "00", "at", "2026-12-02T00:00:00Z",
                "signature", "AAAA");

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST", "/api/cases", newCase, only(201, Who.REGULATOR)),
                new Endpoint("GET", "/api/cases", none, only(200, Who.REGULATOR)),
                new Endpoint("GET", "/api/cases/counts", none, only(200, Who.REGULATOR)),
                new Endpoint("GET", "/api/cases/nope", none, only(404, Who.REGULATOR)),
                new Endpoint("POST", "/api/cases/nope/actions", action, only(404, Who.REGULATOR)),
                new Endpoint("POST", "/api/referrals", referral, only(201, Who.POLICE)),
                new Endpoint("GET", "/api/referrals", none, only(200, Who.POLICE, Who.REGULATOR)),
                new Endpoint("GET", "/api/referrals/nope", none, only(404, Who.POLICE)),
                new Endpoint("GET", "/api/orders?state=all", none, only(200, Who.REGULATOR, Who.CARRIER)),
                new Endpoint("GET", "/api/orders/nope", none, only(404, Who.REGULATOR, Who.CARRIER)),
                new Endpoint("POST", "/api/orders/nope/acknowledgements", none, only(404, Who.CARRIER)),
                new Endpoint("GET", "/api/sanctions", none, only(200, Who.REGULATOR, Who.POLICE, Who.CARRIER)),
                new Endpoint("GET", "/api/sanctions/nope", none, only(404, Who.REGULATOR, Who.POLICE, Who.CARRIER)),
                new Endpoint("POST", "/api/sanctions", sanction, only(201, Who.REGULATOR)),
                new Endpoint("POST", "/api/sanctions/nope/lift", lift, only(404, Who.REGULATOR)),
                new Endpoint("GET", "/api/decision-log/verification", none, only(200, Who.REGULATOR)),
                new Endpoint("GET", "/api/decision-log/checkpoint", none, only(200, Who.REGULATOR)),
                new Endpoint("POST", "/api/decision-log/verification", checkpoint, only(400, Who.REGULATOR)),
                new Endpoint("GET", "/api/decision-log?subject=sanction/nope", none, only(200, Who.REGULATOR)));

        SoftAssertions soft = new SoftAssertions();
        for (Endpoint e : endpoints) {
            for (Who who : Who.values()) {
                var request = as(who.token);
                Object body = e.body().get();
                if (body != null) {
                    request = request.body(body);
                }
                Response r = e.method().equals("GET") ? request.get(e.path()) : request.post(e.path());
                int expected = e.expected().get(who);
                soft.assertThat(r.statusCode()).as("%s %s as %s: %s", e.method(), e.path(), who, r.asString())
                        .isEqualTo(expected);
                if (expected == 401 || expected == 403) {
                    soft.assertThat(r.contentType()).as("%s %s as %s", e.method(), e.path(), who)
                            .startsWith("application/problem+json");
                }
            }
        }
        soft.assertAll();
    }

    @Test
    void theOpenApiDocumentDescribesEveryPublicPath() {
        String doc = io.restassured.RestAssured.given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(doc).contains("/api/cases/{id}/actions", "/api/referrals/{id}",
                "/api/orders/{id}/acknowledgements", "/api/sanctions/{id}/lift", "/api/decision-log/verification",
                "\"/api/orders\"", "\"/api/cases/counts\"", "\"/api/referrals\"");
    }

    @Test
    void aNonRegulatorIsToldItsRoleMayNotActOnCases() {
        as(CARRIER_CT).body(Map.of("action", "APPROVE")).post("/api/cases/nope/actions").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.equalTo("urn:numguard:problem:role-not-allowed"));
    }
}
