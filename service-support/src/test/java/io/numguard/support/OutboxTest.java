package io.numguard.support;

import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.devstack.testing.PostgresKafkaResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OutboxTest {
    @Inject
    EntityManager em;

    @Test
    void aCommittedChangeIsSentWithCloudEventsHeadersAndARolledBackOneSendsNothing() {
        String failed = "FAIL-" + UUID.randomUUID();
        String committed = "OK-" + UUID.randomUUID();
        try (var tail = KafkaTestClient.tail(PostgresKafkaResource.kafka().bootstrapServers(),
                Topics.ENFORCEMENT_SANCTIONS)) {
            given().contentType("application/json").body(Map.of("text", "rolled back", "key", failed, "fail", true))
                    .post("/test/notes").then().statusCode(409);
            String id = given().contentType("application/json")
                    .body(Map.of("text", "kept", "key", committed, "fail", false))
                    .post("/test/notes").then().statusCode(201).extract().asString();

            var record = tail.await(r -> committed.equals(r.key()), Duration.ofSeconds(30));
            assertThat(KafkaTestClient.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(KafkaTestClient.header(record, "ce_type")).isEqualTo("io.numguard.sanction.imposed.v1");
            assertThat(KafkaTestClient.header(record, "ce_source")).isEqualTo("/numguard/support-test");
            assertThat(KafkaTestClient.header(record, "ce_id")).isNotBlank();
            assertThat(KafkaTestClient.header(record, "ce_time")).isNotBlank();
            assertThat(KafkaTestClient.header(record, "content-type")).isEqualTo("application/json");
            assertThat(record.value()).contains("\"sanctionId\":\"" + id + "\"");

            // the rolled-back request came first: had its event escaped, it would precede the committed one
            assertThat(tail.seen()).noneMatch(r -> failed.equals(r.key()));
        }
        assertThat(count("select count(*) from outbox_event where aggregate_key = '" + failed + "'")).isZero();
        assertThat(count("select count(*) from note where text = 'rolled back'")).isZero();
        assertThat(count("select count(*) from outbox_event where aggregate_key = '" + committed
                + "' and published_at is not null")).isEqualTo(1);
    }

    private long count(String sql) {
        return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
    }
}
