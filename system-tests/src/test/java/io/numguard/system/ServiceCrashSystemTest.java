package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry (replica 0; the suite runs two) is killed outright (SIGKILL) while 100 suspension orders reach it
 * and carriers send 1,000 marks, then restarted: every order is applied once (one SUSPENDED entry in each segment's
 * history, one segment.suspended per segment), redelivered orders change nothing, and every mark is counted once.
 */
class ServiceCrashSystemTest {
    private static final int SEGMENTS = 100;
    private static final int MARKS_PER_SEGMENT = 10;

    @Test
    void aKilledServiceLosesNothingAndDoublesNothing() throws Exception {
        DevStack stack = SuiteStack.get();
        String registry = SuiteStack.url(Service.REGISTRY);
        String complaint = SuiteStack.url(Service.COMPLAINT);
        String bootstrap = stack.kafka().bootstrapServers();

        String uscc = Burst.newLicensee(registry, "Crash Test Co.");
        List<String> codes = Burst.allocateFreeCodes(registry, uscc, SEGMENTS);
        // the complaint service learns the new segments from the registry's events before marks arrive for them
        Burst.awaitComplaintKnows(complaint, codes);

        Map<String, String> orderOf = new HashMap<>();
        Map<String, String> eventIdOf = new HashMap<>();
        for (String code : codes) {
            orderOf.put(code, "crash-order-" + UUID.randomUUID());
            eventIdOf.put(code, UUID.randomUUID().toString());
        }

        try (var segmentEvents = KafkaTestClient.tail(bootstrap, Topics.REGISTRY_SEGMENTS)) {
            // the burst: marks to the complaint service and orders to the registry, at once
            CompletableFuture<Integer> marks = CompletableFuture.supplyAsync(
                    () -> Burst.sendMarks(List.of(complaint), codes, MARKS_PER_SEGMENT));
            long registryPid = stack.service(Service.REGISTRY).process().pid();
            for (int i = 0; i < codes.size(); i++) {
                Burst.sendSuspendOrder(bootstrap, codes.get(i), orderOf.get(codes.get(i)), eventIdOf.get(codes.get(i)));
                if (i == SEGMENTS / 2) {
                    ProcessHandle.of(registryPid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                }
            }
            assertThat(marks.get()).isEqualTo(SEGMENTS * MARKS_PER_SEGMENT);
            stack.restart(Service.REGISTRY);
            // the broker redelivers what the killed consumer had not committed; send a few again on purpose too
            for (String code : codes.subList(0, 10)) {
                Burst.sendSuspendOrder(bootstrap, code, orderOf.get(code), eventIdOf.get(code));
            }

            // nothing lost: every segment suspended under its own order
            for (String code : codes) {
                await("segment " + code + " suspended").atMost(Duration.ofSeconds(90))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> "SUSPENDED".equals(regulator().get(registry + "/api/segments/{c}", code)
                                .then().statusCode(200).extract().path("status")));
            }
            // nothing doubled: one SUSPENDED entry per segment, and one segment.suspended event (one CloudEvents id)
            for (String code : codes) {
                List<Map<String, Object>> history = regulator().get(registry + "/api/segments/{c}/history", code)
                        .then().statusCode(200).extract().path("history");
                assertThat(history.stream().filter(h -> "SUSPENDED".equals(h.get("to"))).toList())
                        .as("history of %s", code).hasSize(1)
                        .allSatisfy(h -> assertThat(h.get("orderId")).isEqualTo(orderOf.get(code)));
            }
            Set<String> wanted = new HashSet<>(codes);
            await().atMost(Duration.ofSeconds(60)).until(() -> suspendedIds(segmentEvents, wanted).size() == SEGMENTS);
            assertThat(suspendedIds(segmentEvents, wanted).values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        }

        // every mark stored and counted once, under its segment (read from the complaint service's own database:
        // the regulators' top-N list ranks other tests' segments too)
        Map<String, Integer> counted = Burst.countedMarks(stack, codes);
        for (String code : codes) {
            assertThat(counted.getOrDefault(code, 0)).as("marks counted for %s", code).isEqualTo(MARKS_PER_SEGMENT);
        }
    }

    private static Map<String, Set<String>> suspendedIds(KafkaTestClient.Tail tail, Set<String> codes) {
        return Burst.eventIds(tail, codes, "io.numguard.segment.suspended.v1");
    }

    private static RequestSpecification regulator() {
        return Burst.as("regulator.cn");
    }
}
