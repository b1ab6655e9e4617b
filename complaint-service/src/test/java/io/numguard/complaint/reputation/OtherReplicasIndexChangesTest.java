package io.numguard.complaint.reputation;

import io.numguard.complaint.reputation.persistence.ReputationIndexNotifications;
import io.numguard.complaint.testing.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Another replica's committed change reaches this replica's in-memory index: the test plays the other replica,
 * changing the rows in one transaction that also announces the keys on the channel, as that replica's
 * {@code ReputationIndexKeeper} does. This replica re-reads the rows; it was never told the values.
 */
@QuarkusTest
class OtherReplicasIndexChangesTest {
    private static final Duration SOON = Duration.ofSeconds(15);

    @Inject
    EntityManager em;

    @Test
    void aSegmentRevokedAndANumberLabelledOnAnotherReplicaAreSeenHereAndAForgottenLabelIsCleared() {
        String segment = Fixtures.allocatedSegment(true);
        String number = segment + "37";
        Fixtures.as(Fixtures.carrier("CT")).get("/api/reputation/" + number).then().statusCode(200)
                .body("segmentStatus", equalTo("ALLOCATED")).body("verdict", equalTo("ALLOW"));

        asAnotherReplica("update segment_registry set status = 'REVOKED' where code = '" + segment + "'",
                "S:" + segment);
        await("the other replica's revocation").atMost(SOON).untilAsserted(() -> Fixtures.as(Fixtures.carrier("CT"))
                .get("/api/reputation/" + number).then().statusCode(200).body("segmentStatus", equalTo("REVOKED"))
                .body("verdict", equalTo("BLOCK")));

        String other = Fixtures.allocatedSegment(true) + "55";
        asAnotherReplica("insert into reputation (subject_kind, subject_code, label, score, reasons, updated_at) "
                + "values ('NUMBER', '" + other + "', 'HARASSMENT', 60, '', now())", "N:" + other);
        await("the other replica's label").atMost(SOON).untilAsserted(() -> Fixtures.as(Fixtures.carrier("CT"))
                .get("/api/reputation/" + other).then().statusCode(200).body("label", equalTo("HARASSMENT"))
                .body("score", equalTo(60)));

        asAnotherReplica("delete from reputation where subject_kind = 'NUMBER' and subject_code = '" + other + "'",
                "N:" + other);
        await("the other replica's forgotten label").atMost(SOON).untilAsserted(() -> Fixtures.as(
                Fixtures.carrier("CT")).get("/api/reputation/" + other).then().statusCode(200)
                .body("label", equalTo("NONE")).body("score", equalTo(0)));
    }

    /** One transaction of "another replica": the change and its announcement commit together. */
    private void asAnotherReplica(String change, String key) {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(change).executeUpdate();
            em.createNativeQuery("select pg_notify(?1, ?2)")
                    .setParameter(1, ReputationIndexNotifications.CHANNEL)
                    .setParameter(2, "another-replica " + key).getSingleResult();
        });
    }
}
