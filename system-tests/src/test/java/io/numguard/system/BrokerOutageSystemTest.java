package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Kafka broker stops for 30 s while a regulator keeps registering licensees: every write succeeds (the event
 * waits in the outbox), and when the broker is back every event follows, once, and reaches the enforcement service.
 */
class BrokerOutageSystemTest {
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void writesSucceedDuringABrokerOutageAndTheirEventsFollowOnceWhenItIsBack() throws Exception {
        DevStack stack = SuiteStack.get();
        String token = SuiteStack.token("regulator.fj");
        String registry = SuiteStack.url(Service.REGISTRY);
        List<String> registered = new ArrayList<>();

        try (var licensees = KafkaTestClient.tail(stack.kafka().bootstrapServers(), Topics.REGISTRY_LICENSEES)) {
            stack.kafka().stop();
            try {
                long end = System.nanoTime() + OUTAGE.toNanos();
                // one registration a second for the length of the outage: bounded in count and time
                while (System.nanoTime() < end && registered.size() < 60) {
                    String uscc = Uscc.random("3501");
                    given().auth().oauth2(token).contentType("application/json")
                            .body(Map.of("uscc", uscc, "name", "Outage Co. " + registered.size(), "province", "FJ",
                                    "legalRepresentative", Map.of("name", "Wang Wu",
                                            "idNumber", "35010219800101" + (1000 + registered.size())),
                                    "licence", Map.of("number", "B2-" + uscc.substring(10, 17),
                                            "validFrom", "2026-01-01", "validUntil", "2031-01-01"),
                                    "controllingShareholders", List.of("Wang Wu")))
                            .post(registry + "/api/licensees").then().statusCode(201);
                    registered.add(uscc);
                    Thread.sleep(1000);
                }
            } finally {
                stack.kafka().restart();
            }
            assertThat(registered).hasSizeGreaterThan(10);

            for (String uscc : registered) {
                licensees.await(r -> uscc.equals(r.key()), Duration.ofSeconds(60));
            }
            Map<String, Set<String>> eventIdsPerLicensee = licensees.seen().stream()
                    .filter(r -> registered.contains(r.key()))
                    .collect(Collectors.groupingBy(ConsumerRecord::key,
                            Collectors.mapping(r -> KafkaTestClient.header(r, "ce_id"), Collectors.toSet())));
            assertThat(eventIdsPerLicensee).hasSize(registered.size());
            assertThat(eventIdsPerLicensee.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        }

        // the consumer side followed too: enforcement knows the last licensee's province (a Fujian regulator may
        // open a case on it, which it may not for a licensee it has never heard of)
        String last = registered.get(registered.size() - 1);
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("subjectKind", "LICENSEE", "subject", last, "reason", "after the outage"))
                        .post(SuiteStack.url(Service.ENFORCEMENT) + "/api/cases").statusCode() == 201);
        for (Service s : Service.ALL) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    given().get(SuiteStack.url(s) + "/q/health/ready").statusCode() == 200);
        }
    }
}
