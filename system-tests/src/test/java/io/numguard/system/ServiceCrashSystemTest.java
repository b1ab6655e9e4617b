package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The registry is killed outright (SIGKILL) while 100 suspension orders reach it and carriers send 1,000 marks,
 * then restarted: every order is applied once (one SUSPENDED entry in each segment's history, one
 * segment.suspended per segment), redelivered orders change nothing, and every mark is counted once.
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

        String uscc = Uscc.random("3501");
        regulator().body(Map.of("uscc", uscc, "name", "Crash Test Co.", "province", "FJ",
                        "legalRepresentative", Map.of("name", "Sun Qi", "idNumber", "350102198001017777"),
                        "licence", Map.of("number", "B2-" + uscc.substring(10, 17), "validFrom", "2026-01-01",
                                "validUntil", "2031-01-01"), "controllingShareholders", List.of("Sun Qi")))
                .post(registry + "/api/licensees").then().statusCode(201);
        List<String> codes = allocateFreeCodes(registry, uscc);
        // the complaint service learns the new segments from the registry's events before marks arrive for them
        String carrier = SuiteStack.token("carrier.ct");
        for (String code : codes) {
            await("complaint service knows " + code).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> code.equals(given().auth().oauth2(carrier)
                            .get(complaint + "/api/reputation/{n}", code + "00").then().statusCode(200)
                            .extract().path("segmentCode")));
        }

        Map<String, String> orderOf = new HashMap<>();
        Map<String, String> eventIdOf = new HashMap<>();
        for (String code : codes) {
            orderOf.put(code, "crash-order-" + UUID.randomUUID());
            eventIdOf.put(code, UUID.randomUUID().toString());
        }

        try (var segmentEvents = KafkaTestClient.tail(bootstrap, Topics.REGISTRY_SEGMENTS)) {
            // the burst: marks to the complaint service and orders to the registry, at once
            CompletableFuture<Integer> marks = CompletableFuture.supplyAsync(() -> sendMarks(complaint, codes));
            long registryPid = stack.service(Service.REGISTRY).process().pid();
            for (int i = 0; i < codes.size(); i++) {
                sendOrder(bootstrap, codes.get(i), orderOf.get(codes.get(i)), eventIdOf.get(codes.get(i)));
                if (i == SEGMENTS / 2) {
                    ProcessHandle.of(registryPid).ifPresent(ProcessHandle::destroyForcibly); // SIGKILL
                }
            }
            assertThat(marks.get()).isEqualTo(SEGMENTS * MARKS_PER_SEGMENT);
            stack.restart(Service.REGISTRY);
            // the broker redelivers what the killed consumer had not committed; send a few again on purpose too
            for (String code : codes.subList(0, 10)) {
                sendOrder(bootstrap, code, orderOf.get(code), eventIdOf.get(code));
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
        Map<String, Integer> counted = new HashMap<>();
        try (var db = java.sql.DriverManager.getConnection(stack.postgres().jdbcUrl(Service.COMPLAINT.database()),
                stack.postgres().user(), stack.postgres().password());
             var q = db.prepareStatement("select segment_code, count(*) from complaint "
                     + "where counted and segment_code = any(?) group by segment_code")) {
            q.setArray(1, db.createArrayOf("text", codes.toArray()));
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    counted.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        for (String code : codes) {
            assertThat(counted.getOrDefault(code, 0)).as("marks counted for %s", code).isEqualTo(MARKS_PER_SEGMENT);
        }
    }

    private static Map<String, Set<String>> suspendedIds(KafkaTestClient.Tail tail, Set<String> codes) {
        return tail.pollFor(Duration.ofMillis(300)).stream()
                .filter(r -> codes.contains(r.key()))
                .filter(r -> "io.numguard.segment.suspended.v1".equals(KafkaTestClient.header(r, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> KafkaTestClient.header(r, "ce_id"), Collectors.toSet())));
    }

    private static RequestSpecification regulator() {
        return given().auth().oauth2(SuiteStack.token("regulator.cn")).contentType("application/json");
    }

    /** Fresh 6-digit codes in an allowed range that no earlier run holds. */
    private static List<String> allocateFreeCodes(String registry, String uscc) {
        List<String> codes = new ArrayList<>();
        String[] ranges = {"954", "957"};
        while (codes.size() < SEGMENTS) {
            String code = ranges[ThreadLocalRandom.current().nextInt(2)]
                    + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            if (codes.contains(code)) {
                continue;
            }
            int status = regulator().body(Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT"),
                    "outboundAuthorised", false)).post(registry + "/api/segments").statusCode();
            if (status == 201) {
                codes.add(code);
            }
        }
        return codes;
    }

    private static int sendMarks(String complaint, List<String> codes) {
        int accepted = 0;
        String token = SuiteStack.token("carrier.ct");
        for (int batch = 0; batch < MARKS_PER_SEGMENT; batch++) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                marks.add(Map.of("number", codes.get(i) + String.format("%02d", batch), "category", "HARASSMENT",
                        "markedAt", Instant.now().toString(),
                        "markerPhone", "1380000" + String.format("%04d", batch * SEGMENTS + i)));
            }
            accepted += given().auth().oauth2(token).contentType("application/json").body(Map.of("marks", marks))
                    .post(complaint + "/api/complaints/batch").then().statusCode(200).extract()
                    .<Integer>path("counted");
        }
        return accepted;
    }

    private static void sendOrder(String bootstrap, String code, String orderId, String eventId) {
        String order = """
                {"orderId":"%s","caseId":"crash-case","segmentCode":"%s","action":"SUSPEND","reason":"crash test",
                 "fraud":false,"proposedBy":"regulator.fj","approvedBy":"regulator.fj2","decidedAt":"%s"}"""
                .formatted(orderId, code, Instant.now());
        KafkaTestClient.send(bootstrap, Topics.ENFORCEMENT_ORDERS, code, order, Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_type", "io.numguard.order.suspend.v1",
                "ce_source", "/numguard/enforcement", "content-type", "application/json"));
    }
}
