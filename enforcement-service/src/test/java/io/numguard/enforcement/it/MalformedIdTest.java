package io.numguard.enforcement.it;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Api.CARRIER_CT;
import static io.numguard.enforcement.testing.Api.POLICE_FZ;
import static io.numguard.enforcement.testing.Api.REGULATOR_CN;
import static io.numguard.enforcement.testing.Api.as;

/**
 * An id in a path that no id can be (a NUL byte, a control character, 65 characters) is a 400 problem naming the
 * parameter, for every operation with an id, not a 500 from the database refusing the byte.
 */
@QuarkusTest
class MalformedIdTest {

    record Call(String token, String method, String path, Object body) {
    }

    @Test
    void aMalformedPathIdIsA400ProblemNamingTheParameter() {
        SoftAssertions soft = new SoftAssertions();
        for (String bad : List.of("%00", "a%00b", "%01", "x".repeat(65), "a%20b")) {
            List<Call> calls = List.of(
                    new Call(REGULATOR_CN, "GET", "/api/cases/" + bad, null),
                    new Call(REGULATOR_CN, "POST", "/api/cases/" + bad + "/actions",
                            Map.of("action", "INVESTIGATE", "reason", "r")),
                    new Call(POLICE_FZ, "GET", "/api/referrals/" + bad, null),
                    new Call(REGULATOR_CN, "GET", "/api/orders/" + bad, null),
                    new Call(CARRIER_CT, "POST", "/api/orders/" + bad + "/acknowledgements", null),
                    new Call(REGULATOR_CN, "GET", "/api/sanctions/" + bad, null),
                    new Call(REGULATOR_CN, "POST", "/api/sanctions/" + bad + "/lift", Map.of("reason", "r")));
            for (Call c : calls) {
                var request = as(c.token()).urlEncodingEnabled(false);
                if (c.body() != null) {
                    request = request.body(c.body());
                }
                Response r = c.method().equals("GET") ? request.get(c.path()) : request.post(c.path());
                soft.assertThat(r.statusCode()).as("%s %s: %s", c.method(), c.path(), r.asString()).isEqualTo(400);
                soft.assertThat(r.contentType()).as("%s %s", c.method(), c.path())
                        .startsWith("application/problem+json");
                soft.assertThat(r.jsonPath().getString("type")).as("%s %s", c.method(), c.path())
                        .isEqualTo("urn:numguard:problem:invalid-id");
                soft.assertThat(r.jsonPath().getString("parameter")).isEqualTo("id");
            }
        }
        for (String query : List.of("/api/sanctions?uscc=%00", "/api/decision-log?subject=case/%00")) {
            Response r = as(REGULATOR_CN).urlEncodingEnabled(false).get(query);
            soft.assertThat(r.statusCode()).as("GET %s: %s", query, r.asString()).isEqualTo(400);
            soft.assertThat(r.jsonPath().getString("type")).isEqualTo("urn:numguard:problem:invalid-parameter");
        }
        soft.assertAll();
    }
}
