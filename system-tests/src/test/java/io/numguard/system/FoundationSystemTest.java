package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The suite as built, with real Keycloak tokens: each service refuses a caller without a token (401) and with the
 * wrong role (403), serves the right one (200), and an event written by one service reaches another through Kafka.
 */
class FoundationSystemTest {

    record Guarded(Service service, String path, String allowedUser, String refusedUser) {
        @Override
        public String toString() {
            return service.module() + " GET " + path + ": 401 without token, 403 for " + refusedUser + ", 200 for "
                    + allowedUser;
        }
    }

    static Stream<Guarded> guardedEndpoints() {
        return Stream.of(
                new Guarded(Service.REGISTRY, "/api/segments", "regulator.fj", "citizen.demo"),
                new Guarded(Service.REGISTRY, "/api/segments", "carrier.ct", "citizen.demo"),
                new Guarded(Service.COMPLAINT, "/api/stats/segments?top=5", "regulator.cn", "citizen.demo"),
                new Guarded(Service.COMPLAINT, "/api/stats/segments?top=5", "regulator.fj", "carrier.ct"),
                new Guarded(Service.ENFORCEMENT, "/api/cases", "regulator.fj", "citizen.demo"),
                new Guarded(Service.ENFORCEMENT, "/api/cases", "regulator.cn", "police.fz"));
    }

    @BeforeAll
    static void startSuite() {
        SuiteStack.get();
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guardedEndpoints")
    void eachServiceChecksTokenAndRole(Guarded g) {
        String url = SuiteStack.url(g.service()) + g.path();
        given().get(url).then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2("not-a-token").get(url).then().statusCode(401);
        given().auth().oauth2(SuiteStack.token(g.refusedUser())).get(url).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(SuiteStack.token(g.allowedUser())).get(url).then().statusCode(200);
    }

    @Test
    void everyServiceIsHealthyAndDescribesItsApi() {
        for (Service s : Service.ALL) {
            given().get(SuiteStack.url(s) + "/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            given().get(SuiteStack.url(s) + "/q/health/live").then().statusCode(200);
            given().get(SuiteStack.url(s) + "/q/openapi?format=json").then().statusCode(200);
            given().get(SuiteStack.url(s) + "/q/metrics").then().statusCode(200);
        }
    }

    /**
     * A licensee registered at the registry travels as licensee.registered (CloudEvents over Kafka) to the
     * enforcement service, which learns its province from it: before the event a Fujian regulator may not open a
     * case on it (unknown licensee: ministry only), after it the regulator may.
     */
    @Test
    void aLicenseeRegisteredAtTheRegistryReachesEnforcementThroughKafka() {
        String uscc = Uscc.random("3501");
        RequestSpecification regulatorFj = given().auth().oauth2(SuiteStack.token("regulator.fj"))
                .contentType("application/json");
        Map<String, Object> caseRequest = Map.of("subjectKind", "LICENSEE", "subject", uscc,
                "reason", "foundation system test");
        regulatorFj.body(caseRequest).post(SuiteStack.url(Service.ENFORCEMENT) + "/api/cases").then()
                .statusCode(403).body("type", equalTo("urn:numguard:problem:outside-province"));

        String bootstrap = SuiteStack.get().kafka().bootstrapServers();
        try (var licensees = KafkaTestClient.tail(bootstrap, Topics.REGISTRY_LICENSEES)) {
            given().auth().oauth2(SuiteStack.token("regulator.fj")).contentType("application/json")
                    .body(Map.of("uscc", uscc, "name", "System Test Call Centre Co.", "province", "FJ",
                            "legalRepresentative", Map.of("name", "Li Si", "idNumber", "350102198001019999"),
                            "licence", Map.of("number", "B2-" + uscc.substring(10, 17), "validFrom", "2026-01-01",
                                    "validUntil", "2031-01-01"),
                            "controllingShareholders", List.of("Li Si")))
                    .post(SuiteStack.url(Service.REGISTRY) + "/api/licensees").then().statusCode(201)
                    .body("uscc", equalTo(uscc));

            var event = licensees.await(r -> uscc.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(event, "ce_type")).isEqualTo("io.numguard.licensee.registered.v1");
            assertThat(KafkaTestClient.header(event, "ce_source")).isEqualTo("/numguard/registry");
            assertThat(KafkaTestClient.header(event, "ce_specversion")).isEqualTo("1.0");
            assertThat(event.value()).contains("\"province\":\"FJ\"").doesNotContain("350102198001019999");
        }

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).until(() ->
                given().auth().oauth2(SuiteStack.token("regulator.fj")).contentType("application/json")
                        .body(caseRequest).post(SuiteStack.url(Service.ENFORCEMENT) + "/api/cases")
                        .statusCode() == 201);
        given().auth().oauth2(SuiteStack.token("regulator.fj"))
                .get(SuiteStack.url(Service.ENFORCEMENT) + "/api/cases").then().statusCode(200)
                .body("find { it.subject == '" + uscc + "' }.province", equalTo("FJ"));
    }
}
