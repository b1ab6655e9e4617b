package io.numguard.support;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/** Bad input is a 4xx problem with a stable type: never a 500, never a stack trace. */
@QuarkusTest
class ProblemTest {

    private ValidatableResponse post(String body) {
        return given().contentType("application/json").body(body).post("/test/shapes").then()
                .contentType("application/problem+json")
                .body(not(containsString("at io.")), not(containsString("Exception")));
    }

    @Test
    void malformedJson() {
        post("{\"colour\": \"RED\", ").statusCode(400).body("type", equalTo("urn:numguard:problem:malformed-json"))
                .body("status", equalTo(400)).body("instance", equalTo("/test/shapes"));
    }

    @Test
    void wrongType() {
        post("{\"colour\":\"RED\",\"sides\":\"many\",\"name\":\"x\"}").statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("sides"));
    }

    @Test
    void aJsonNumberOrBooleanWhereAStringIsExpectedIsRefusedNotCoerced() {
        post("{\"colour\":\"RED\",\"sides\":3,\"name\":123}").statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("field", equalTo("name"))
                .body("detail", containsString("expected String"));
        post("{\"colour\":\"RED\",\"sides\":3,\"name\":1.5}").statusCode(400).body("field", equalTo("name"));
        post("{\"colour\":\"RED\",\"sides\":3,\"name\":true}").statusCode(400).body("field", equalTo("name"));
    }

    @Test
    void unknownEnumValueNamesTheAllowedOnes() {
        post("{\"colour\":\"PURPLE\",\"sides\":3,\"name\":\"x\"}").statusCode(400)
                .body("type", equalTo("urn:numguard:problem:invalid-value"))
                .body("allowed", hasItem("GREEN")).body("detail", containsString("PURPLE"));
    }

    @Test
    void failedValidationListsEachViolation() {
        post("{\"colour\":\"RED\",\"sides\":11,\"name\":\"\"}").statusCode(400)
                .body("type", equalTo("urn:numguard:problem:validation-failed"))
                .body("violations.field", hasItem("sides")).body("violations.field", hasItem("name"));
    }

    @Test
    void missingBody() {
        given().contentType("application/json").post("/test/shapes").then().statusCode(400)
                .contentType("application/problem+json").body("type", startsWith("urn:numguard:problem:"));
    }

    @Test
    void missingResourceAndUnknownPath() {
        given().get("/test/notes/" + UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:not-found"));
        given().get("/test/nothing-here").then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:not-found"));
        given().get("/test/notes/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMediaTypeSaysWhatIsAcceptedWithoutImplementationWords() {
        given().contentType("text/plain").body("hello").post("/test/shapes").then().statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:unsupported-media-type"))
                .body("detail", containsString("application/json")).body("detail", not(containsString("@")))
                .body("detail", not(containsString("Consumes"))).body("accepted", hasItem("application/json"));
    }

    @Test
    void aParameterTheFrameworkCannotConvertIsA400NamingItAndWhatItAccepts() {
        given().get("/test/params/RED?count=abc").then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:numguard:problem:invalid-value")).body("parameter", equalTo("count"))
                .body("detail", containsString("from 1 to 9"));
        given().get("/test/params/BLUE?count=2").then().statusCode(400).body("parameter", equalTo("colour"))
                .body("allowed", hasItem("GREEN")).body("detail", not(containsString("io.numguard")));
        given().get("/test/params/RED?count=2&size=big").then().statusCode(400).body("parameter", equalTo("size"));
        given().get("/test/params/RED?count=2&size=3").then().statusCode(200);
    }

    @Test
    void sharedParameterParsingNamesTheParameterAndTheAcceptedValues() {
        given().get("/test/lenient?colour=green&flag=TRUE").then().statusCode(200).body(equalTo("GREEN true"));
        given().get("/test/lenient?colour=BOGUS").then().statusCode(400).contentType("application/problem+json")
                .body("parameter", equalTo("colour")).body("allowed", hasItem("RED"))
                .body("detail", not(containsString("No enum constant")));
        given().get("/test/lenient?flag=maybe").then().statusCode(400).body("parameter", equalTo("flag"))
                .body("allowed", hasItem("false"));
    }
}
