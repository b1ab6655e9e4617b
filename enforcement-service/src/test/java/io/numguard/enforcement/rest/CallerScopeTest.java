package io.numguard.enforcement.rest;

import io.numguard.devstack.testing.TestTokens;
import io.numguard.support.security.Caller;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The token reaches the service as the realm shapes it: role from realm_access, scope from claims. */
@QuarkusTest
class CallerScopeTest {
    private static final String AUD = "numguard-enforcement";

    @Path("/test/whoami")
    public static class WhoAmI {
        @Inject
        Caller caller;

        @GET
        @RolesAllowed("regulator")
        public Map<String, String> get() {
            return Map.of("user", caller.userId(), "province", caller.province().orElse(""));
        }
    }

    @Test
    void unauthenticatedForbiddenAndAllowed() {
        given().get("/test/whoami").then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:unauthenticated"));
        given().auth().oauth2(TestTokens.citizen(AUD, "citizen.demo")).get("/test/whoami").then().statusCode(403)
                .contentType("application/problem+json").body("type", equalTo("urn:numguard:problem:forbidden"));
        given().auth().oauth2(TestTokens.regulator(AUD, "regulator.fj", "FJ")).get("/test/whoami").then()
                .statusCode(200).body("user", equalTo("regulator.fj")).body("province", equalTo("FJ"));
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        given().auth().oauth2(TestTokens.regulator("numguard-registry", "regulator.fj", "FJ")).get("/test/whoami")
                .then().statusCode(401);
    }
}
