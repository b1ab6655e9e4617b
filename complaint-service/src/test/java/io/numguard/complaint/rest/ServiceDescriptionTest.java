package io.numguard.complaint.rest;

import io.numguard.complaint.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/** Health, metrics and an OpenAPI document a carrier can build a client from. */
@QuarkusTest
class ServiceDescriptionTest {

    @Test
    void healthMetricsAndOpenApi() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body(containsString("/api/complaints/batch"))
                .body(containsString("/api/reputation/lookup"))
                .body(containsString("/api/stats/segments"))
                .body(containsString("/api/call-stats"))
                .body(containsString("rate-limited"));
    }

    @Test
    void anUnknownDirectionIsABadRequest() {
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + Fixtures.newNumber() + "?direction=SIDEWAYS")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value"));
    }
}
