package io.numguard.system;

import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * PostgreSQL restarts under the running services: each service's readiness goes DOWN while the database is away
 * (liveness stays UP: restarting the service would not help), then UP again, and writes work again, without any
 * service being restarted.
 */
class PostgresRestartSystemTest {

    @Test
    void readinessFollowsTheDatabaseAndServicesRecoverWithoutARestart() {
        DevStack stack = SuiteStack.get();
        String token = SuiteStack.token("regulator.fj");
        List<Long> pids = Service.ALL.stream().map(s -> stack.service(s).process().pid()).toList();

        stack.postgres().stopServer();
        try {
            for (Service s : Service.ALL) {
                String url = SuiteStack.url(s);
                await(s.module() + " not ready without its database").atMost(Duration.ofSeconds(60))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> given().get(url + "/q/health/ready").statusCode() == 503);
                given().get(url + "/q/health/live").then().statusCode(200);
            }
        } finally {
            stack.postgres().startServer();
        }

        for (Service s : Service.ALL) {
            await(s.module() + " ready again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> given().get(SuiteStack.url(s) + "/q/health/ready").statusCode() == 200);
        }
        String uscc = Uscc.random("3501");
        await("registry writes again").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                .until(() -> given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("uscc", uscc, "name", "After The Restart Co.", "province", "FJ",
                                "legalRepresentative", Map.of("name", "Zhao Liu", "idNumber", "350102198001015555"),
                                "licence", Map.of("number", "B2-" + uscc.substring(10, 17), "validFrom", "2026-01-01",
                                        "validUntil", "2031-01-01"),
                                "controllingShareholders", List.of("Zhao Liu")))
                        .post(SuiteStack.url(Service.REGISTRY) + "/api/licensees").statusCode() == 201);
        // the same processes as before: nothing was restarted
        org.assertj.core.api.Assertions.assertThat(Service.ALL.stream()
                .map(s -> stack.service(s).process().pid()).toList()).isEqualTo(pids);
    }
}
