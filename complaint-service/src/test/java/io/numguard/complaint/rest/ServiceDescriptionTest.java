package io.numguard.complaint.rest;

import io.numguard.complaint.testing.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

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
                .body(containsString("rate-limited"))
                // the complaint categories and the verdict's default direction, for a client generator
                .body("components.schemas.ComplaintRequest.properties.category.enum", hasItems("MARKETING",
                        "HARASSMENT", "FRAUD", "ROBOCALL", "OTHER"))
                .body("paths.'/api/reputation/{number}'.get.parameters.find { it.name == 'direction' }.schema.default",
                        equalTo("OUTBOUND"));
    }

    @Test
    void aParameterOfTheWrongTypeIsA400NamingItNotA404() {
        Fixtures.as(Fixtures.regulator("CN")).get("/api/stats/segments?top=abc").then().statusCode(400)
                .contentType("application/problem+json").body("type", equalTo("urn:numguard:problem:invalid-value"))
                .body("parameter", equalTo("top")).body("detail", containsString("from 1 to 100"));
    }

    @Test
    void anUnknownDirectionIsABadRequest() {
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + Fixtures.newNumber() + "?direction=SIDEWAYS")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("parameter", equalTo("direction"))
                .body("allowed", hasItems("OUTBOUND", "INBOUND"));
    }
}
