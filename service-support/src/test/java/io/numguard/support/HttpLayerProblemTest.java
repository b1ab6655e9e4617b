package io.numguard.support;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * What the HTTP layer refuses before any resource runs is application/problem+json too (real requests to the
 * running server; every service has this through service-support).
 */
@QuarkusTest
class HttpLayerProblemTest {

    @Test
    void anOverLongRequestLineIsA414Problem() {
        given().get("/test/notes/" + "a".repeat(9000)).then().statusCode(414)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:request-line-too-long")).body("maxLength", equalTo(4096));
    }

    @Test
    void overLargeHeadersAreA431Problem() {
        given().header("X-Padding", "p".repeat(30_000)).get("/test/notes/x").then().statusCode(431)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:header-fields-too-large"));
    }

    @Test
    void anOverLargeBodyIsA413Problem() {
        given().contentType("application/json").body("{\"name\":\"" + "n".repeat(100_000) + "\"}")
                .post("/test/shapes").then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:payload-too-large")).body("maxBytes", equalTo(65536));
    }

    @Test
    void aMethodNotAllowedIsA405Problem() {
        given().put("/test/shapes").then().statusCode(405).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:method-not-allowed"))
                .body("detail", containsString("/test/shapes")).body("detail", not(containsString("@")));
    }

    @Test
    void ordinaryRequestsPassTheLimits() {
        given().header("X-Padding", "p".repeat(1000)).get("/q/health/live").then().statusCode(200);
    }
}
