package io.numguard.complaint.messaging;

import io.numguard.complaint.assessment.service.AssessmentService;
import io.numguard.complaint.testing.Fixtures;
import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The periodic pass: when the windows drain, labels are cleared (tombstones) and thresholds re-arm. */
@QuarkusTest
class ReassessmentJobTest {
    @Inject
    AssessmentService assessment;
    @Inject
    EntityManager em;

    @Test
    void drainedWindowsClearLabelsWithTombstones() {
        String segment = Fixtures.allocatedSegment(true);
        Fixtures.sendReferral(UUID.randomUUID().toString(), UUID.randomUUID().toString(), List.of(segment + "21"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUSPECTED_FRAUD".equals(Fixtures.as(Fixtures.carrier("CT"))
                .get("/api/reputation/" + segment + "22").then().extract().path("label")));

        // nothing changes while the complaints are still in the window
        assessment.reassessAll(Instant.now());
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + segment + "22").then()
                .body("label", equalTo("SUSPECTED_FRAUD"));

        try (var labels = KafkaTestClient.tail(Fixtures.bootstrap(), Topics.REPUTATION_LABELS)) {
            assertThat(assessment.reassessAll(Instant.now().plus(Duration.ofDays(31)))).isPositive();
            var tombstone = labels.await(r -> segment.equals(r.key()), Duration.ofSeconds(30));
            assertThat(tombstone.value()).isNull();
            var numberTombstone = labels.await(r -> (segment + "21").equals(r.key()), Duration.ofSeconds(30));
            assertThat(numberTombstone.value()).isNull();
        }
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + segment + "22").then()
                .body("label", equalTo("NONE")).body("verdict", equalTo("ALLOW"));
        Number left = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                        "select count(*) from reputation where subject_code in (?1, ?2)")
                .setParameter(1, segment).setParameter(2, segment + "21").getSingleResult());
        assertThat(left.intValue()).isZero();
        Number above = QuarkusTransaction.requiringNew().call(() -> (Number) em.createNativeQuery(
                        "select count(*) from threshold_state where subject_code in (?1, ?2)")
                .setParameter(1, segment).setParameter(2, segment + "21").getSingleResult());
        assertThat(above.intValue()).isZero();
    }
}
