package io.numguard.complaint.rest;

import io.numguard.complaint.testing.Fixtures;
import io.numguard.devstack.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Every endpoint x every role: 401 without a token, 403 for a role it does not serve, 2xx for one it serves. */
@QuarkusTest
class AuthorizationMatrixTest {
    @Inject
    EntityManager em;

    enum Role {
        NONE(() -> null),
        REGULATOR_CN(() -> Fixtures.regulator("CN")),
        REGULATOR_FJ(() -> Fixtures.regulator("FJ")),
        POLICE(Fixtures::police),
        CARRIER(() -> Fixtures.carrier("CT")),
        LICENSEE(Fixtures::licensee),
        CITIZEN(Fixtures::citizen);

        final Supplier<String> token;

        Role(Supplier<String> token) {
            this.token = token;
        }
    }

    enum Endpoint {
        COMPLAIN("POST /api/complaints"),
        MARKS("POST /api/complaints/batch"),
        CALL_STATS("POST /api/call-stats"),
        REPUTATION("GET /api/reputation/{number}"),
        LOOKUP("POST /api/reputation/lookup"),
        STATS("GET /api/stats/segments"),
        WHOAMI("GET /api/whoami");

        final String label;

        Endpoint(String label) {
            this.label = label;
        }

        Response call(String token) {
            RequestSpecification r = token == null ? given().contentType("application/json")
                    : Fixtures.as(token);
            String number = Fixtures.newNumber();
            return switch (this) {
                case COMPLAIN -> r.body(Map.of("number", number, "category", "HARASSMENT",
                        "calledAt", Instant.now().minusSeconds(120).toString(), "text", "matrix"))
                        .post("/api/complaints");
                case MARKS -> r.body(Map.of("marks", List.of(Fixtures.mark(number, "MARKETING"))))
                        .post("/api/complaints/batch");
                case CALL_STATS -> r.body(Map.of("stats", List.of(Map.of("number", number,
                                "hour", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.HOURS).toString(),
                                "attempted", 10, "answered", 5, "meanDurationSeconds", 40.0))))
                        .post("/api/call-stats");
                case REPUTATION -> r.get("/api/reputation/" + number);
                case LOOKUP -> r.body(Map.of("numbers", List.of(number))).post("/api/reputation/lookup");
                case STATS -> r.get("/api/stats/segments?top=5");
                case WHOAMI -> r.get("/api/whoami");
            };
        }
    }

    static Stream<Arguments> matrix() {
        Map<Endpoint, List<Role>> allowed = Map.of(
                Endpoint.COMPLAIN, List.of(Role.CITIZEN),
                Endpoint.MARKS, List.of(Role.CARRIER),
                Endpoint.CALL_STATS, List.of(Role.CARRIER),
                Endpoint.REPUTATION, List.of(Role.CARRIER, Role.REGULATOR_CN, Role.REGULATOR_FJ, Role.POLICE,
                        Role.CITIZEN),
                Endpoint.LOOKUP, List.of(Role.CARRIER, Role.REGULATOR_CN, Role.REGULATOR_FJ, Role.POLICE),
                Endpoint.STATS, List.of(Role.REGULATOR_CN, Role.REGULATOR_FJ),
                Endpoint.WHOAMI, List.of(Role.REGULATOR_CN, Role.REGULATOR_FJ, Role.POLICE, Role.CARRIER,
                        Role.LICENSEE, Role.CITIZEN));
        List<Arguments> out = new ArrayList<>();
        for (Endpoint e : Endpoint.values()) {
            for (Role role : Role.values()) {
                int expected = role == Role.NONE ? 401 : allowed.get(e).contains(role) ? 2 : 403;
                out.add(Arguments.of(e, role, expected));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} as {1} -> {2}")
    @MethodSource("matrix")
    void everyEndpointEveryRole(Endpoint endpoint, Role role, int expected) {
        Response response = endpoint.call(role.token.get());
        if (expected == 2) {
            assertThat(response.statusCode()).as(response.asString()).isBetween(200, 201);
        } else {
            assertThat(response.statusCode()).as(response.asString()).isEqualTo(expected);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("type")).isEqualTo(expected == 401
                    ? "urn:numguard:problem:unauthenticated" : "urn:numguard:problem:forbidden");
        }
    }

    /** The trivial authenticated endpoint says what the token says, and nothing from elsewhere. */
    @Test
    void whoamiEchoesTheTokensRoleAndScope() {
        Fixtures.as(Fixtures.carrier("CT")).get("/api/whoami").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("carrier"))
                .body("carrierId", equalTo("CT"))
                .body("province", org.hamcrest.Matchers.nullValue())
                .body("user", org.hamcrest.Matchers.notNullValue());
        Fixtures.as(Fixtures.regulator("FJ")).get("/api/whoami").then().statusCode(200)
                .body("roles", org.hamcrest.Matchers.contains("regulator"))
                .body("province", equalTo("FJ"))
                .body("carrierId", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        given().auth().oauth2(TestTokens.regulator("numguard-registry", "regulator.cn", "CN"))
                .get("/api/stats/segments").then().statusCode(401);
    }

    @Test
    void aCarrierTokenWithoutItsCarrierIdIsRefused() {
        String noScope = TestTokens.token(Fixtures.AUD, "carrier.x", "carrier", Map.of());
        Fixtures.as(noScope).body(Map.of("marks", List.of(Fixtures.mark(Fixtures.newNumber(), "FRAUD"))))
                .post("/api/complaints/batch").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:missing-scope-claim"));
        Fixtures.as(noScope).body(Map.of("stats", List.of())).post("/api/call-stats").then().statusCode(403)
                .body("type", equalTo("urn:numguard:problem:missing-scope-claim"));
    }

    /** The carrier is the token's, whatever the body claims: CM cannot file marks as CT. */
    @Test
    void theCarrierComesFromTheTokenNeverFromTheBody() {
        String number = Fixtures.newNumber();
        Map<String, Object> mark = new java.util.LinkedHashMap<>(Fixtures.mark(number, "HARASSMENT"));
        mark.put("carrierId", "CT");
        mark.put("reporter", "CT");
        Fixtures.as(Fixtures.carrier("CM")).body(Map.of("carrierId", "CT", "marks", List.of(mark)))
                .post("/api/complaints/batch").then().statusCode(200).body("accepted", equalTo(1));
        @SuppressWarnings("unchecked")
        List<Object> reporters = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (List<Object>) em
                .createNativeQuery("select reporter from complaint where number = ?1").setParameter(1, number)
                .getResultList());
        assertThat(reporters).containsExactly((Object) "CM");
    }
}
