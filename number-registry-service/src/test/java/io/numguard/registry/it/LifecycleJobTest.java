package io.numguard.registry.it;

import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.registry.segment.service.SegmentService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.numguard.registry.it.Api.REG_CN;
import static io.numguard.registry.it.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The scheduled job: end of validity -> EXPIRED (quarantined), end of quarantine -> RELEASED, code free again. */
@QuarkusTest
class LifecycleJobTest {
    @Inject
    SegmentService segments;
    @Inject
    EntityManager em;

    private void sql(String statement, Object... params) {
        QuarkusTransaction.requiringNew().run(() -> {
            var q = em.createNativeQuery(statement);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            q.executeUpdate();
        });
    }

    @Test
    void expiresAtTheEndOfValidityThenReleasesAfterQuarantine() {
        String uscc = Api.registerLicensee("FJ");
        String code = Api.allocate(uscc);
        // this allocation's validity ended yesterday (China time)
        LocalDate yesterday = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        sql("update segment set valid_from = ?1, valid_until = ?2 where code = ?3 and status <> 'RELEASED'",
                yesterday.minusYears(5), yesterday, code);
        try (KafkaTestClient.Tail tail = KafkaTestClient.tail(Api.bootstrap(), "numguard.registry.segments.v1")) {
            segments.runDue(Instant.now());
            assertThat(Api.status(code)).isEqualTo("EXPIRED");
            assertThat(Api.lifecycleStatus(code)).isEqualTo("QUARANTINED");
            tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.expired.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));

            // not released before the quarantine is over
            segments.runDue(Instant.now());
            assertThat(Api.lifecycleStatus(code)).isEqualTo("QUARANTINED");

            sql("update segment set quarantine_until = ?1 where code = ?2 and status = 'QUARANTINED'",
                    Instant.now().minusSeconds(1), code);
            segments.runDue(Instant.now());
            assertThat(Api.status(code)).isEqualTo("RELEASED");
            tail.await(r -> code.equals(r.key())
                    && "io.numguard.segment.released.v1".equals(KafkaTestClient.header(r, "ce_type")),
                    Duration.ofSeconds(20));
        }
        List<String> actions = as(REG_CN).get("/api/segments/" + code + "/history").then().statusCode(200)
                .extract().jsonPath().getList("history.action", String.class);
        assertThat(actions).containsExactly("ALLOCATE", "EXPIRE", "QUARANTINE", "RELEASE");
        String actor = as(REG_CN).get("/api/segments/" + code + "/history").then().extract()
                .path("history[1].actor");
        assertThat(actor).isEqualTo("scheduler");
        as(Api.CARRIER_CT).get("/api/numbers/" + code).then().statusCode(200).body("held", equalTo(false));

        // the code is free again: a new allocation is a new row
        String other = Api.registerLicensee("FJ");
        as(REG_CN).body(Map.of("code", code, "licenseeUscc", other, "carriers", List.of("CU")))
                .post("/api/segments").then().statusCode(201).body("status", equalTo("ALLOCATED"));
        as(REG_CN).get("/api/segments/" + code).then().body("licenseeUscc", equalTo(other));
        as(Api.CARRIER_CT).get("/api/numbers/" + code).then().body("held", equalTo(true))
                .body("licensee.uscc", equalTo(other));
    }
}
