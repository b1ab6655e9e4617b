package io.numguard.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.ServiceProcess;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two replicas of every service, and one replica of each killed outright (SIGKILL) in the middle of a burst: 1,000
 * carrier marks to the complaint service and 100 four-eyes revocation approvals to enforcement, whose orders the
 * registry applies. The surviving replicas carry on alone (the killed ones come back only after the checks): the
 * broker hands them the dead consumers' partitions, the dead relays' advisory locks are released with their
 * database sessions, the HTTP calls that hit a dead replica go to the other, as behind a Kubernetes Service.
 *
 * <p>Judged: one case per segment, one order per approval (in enforcement's database and on the orders topic), one
 * REVOKED entry per segment's history and one {@code segment.revoked} per revocation, every mark counted once,
 * every carrier acknowledgement counted once although each is sent to both replicas, each missing acknowledgement
 * escalated once although both replicas run the escalation job, and an intact decision log.
 */
class ReplicaCrashSystemTest {
    private static final int SEGMENTS = 100;
    private static final int MARKS_PER_SEGMENT = 10;
    /** Orders whose acknowledgement carrier CT leaves out, so that the escalation job has work on both replicas. */
    private static final int UNACKNOWLEDGED = 10;
    private static final Duration ASYNC = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void killingOneReplicaOfEachServiceMidBurstLosesNothingAndDoublesNothing() throws Exception {
        DevStack stack = SuiteStack.get();
        Assumptions.assumeTrue(stack.replicaCount() >= 2, "the suite runs one replica per service");
        Burst.Failover registry = new Burst.Failover(SuiteStack.urls(Service.REGISTRY));
        Burst.Failover complaint = new Burst.Failover(SuiteStack.urls(Service.COMPLAINT));
        Burst.Failover enforcement = new Burst.Failover(SuiteStack.urls(Service.ENFORCEMENT));
        String bootstrap = stack.kafka().bootstrapServers();

        String uscc = Burst.newLicensee(SuiteStack.url(Service.REGISTRY), "Replica Crash Co.");
        List<String> codes = Burst.allocateFreeCodes(SuiteStack.url(Service.REGISTRY), uscc, SEGMENTS);
        Burst.awaitComplaintKnows(SuiteStack.urls(Service.COMPLAINT).get(1), codes);

        // a case on every segment, proposed for revocation by regulator.fj, spread over both enforcement replicas,
        // once enforcement has learnt the segments' province from the registry's events
        await("enforcement knows the segments").atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                .until(() -> Burst.countBy(stack, Service.ENFORCEMENT, "select code, count(*) from known_segment "
                        + "where province = 'FJ' and code = any(?) group by code", codes).size() == SEGMENTS);
        Map<String, String> caseOf = new ConcurrentHashMap<>();
        for (String code : codes) {
            caseOf.put(code, enforcement.call(url -> Burst.as("regulator.fj").body(Map.of("subjectKind", "SEGMENT",
                    "subject", code, "reason", "replica crash test")).post(url + "/api/cases"))
                    .then().statusCode(201).extract().path("id"));
            String id = caseOf.get(code);
            act(enforcement, "regulator.fj", id, "INVESTIGATE", null).then().statusCode(200);
            act(enforcement, "regulator.fj", id, "PROPOSE_REVOCATION", false).then().statusCode(200)
                    .body("state", org.hamcrest.Matchers.equalTo("REVOCATION_PROPOSED"));
        }

        List<ServiceProcess> victims = List.of(stack.replica(Service.REGISTRY, 0),
                stack.replica(Service.COMPLAINT, 0), stack.replica(Service.ENFORCEMENT, 0));
        Map<String, String> orderOf = new ConcurrentHashMap<>();
        try (var segmentEvents = KafkaTestClient.tail(bootstrap, Topics.REGISTRY_SEGMENTS);
             var orderEvents = KafkaTestClient.tail(bootstrap, Topics.ENFORCEMENT_ORDERS)) {
            // the burst: marks and approvals at once; one replica of each service dies when either is half done
            AtomicBoolean killed = new AtomicBoolean();
            Runnable kill = () -> {
                if (killed.compareAndSet(false, true)) {
                    victims.forEach(v -> ProcessHandle.of(v.process().pid()).ifPresent(ProcessHandle::destroyForcibly));
                }
            };
            CompletableFuture<Integer> marks = CompletableFuture.supplyAsync(() -> Burst.sendMarks(
                    SuiteStack.urls(Service.COMPLAINT), codes, MARKS_PER_SEGMENT, batch -> {
                        if (batch == MARKS_PER_SEGMENT / 2) {
                            kill.run();
                        }
                    }));
            for (int i = 0; i < codes.size(); i++) {
                if (i == SEGMENTS / 2) {
                    kill.run();
                }
                String code = codes.get(i);
                orderOf.put(code, approve(enforcement, caseOf.get(code)));
            }
            assertThat(marks.get()).as("marks counted as they were accepted").isLessThanOrEqualTo(
                    SEGMENTS * MARKS_PER_SEGMENT);
            assertThat(enforcement.failedOver())
                    .as("approvals that reached the killed enforcement replica and went to the other").isPositive();

            // nothing lost: every segment revoked under its own order, seen through the surviving registry replica
            for (String code : codes) {
                await("segment " + code + " revoked").atMost(ASYNC).pollInterval(Duration.ofMillis(500))
                        .until(() -> "REVOKED".equals(registry.call(url -> Burst.as("regulator.cn")
                                .get(url + "/api/segments/{c}", code)).then().statusCode(200).extract().path("status")));
            }
            // nothing doubled: one REVOKED entry in each history, carrying the approval's order
            for (String code : codes) {
                List<Map<String, Object>> history = registry.call(url -> Burst.as("regulator.cn")
                        .get(url + "/api/segments/{c}/history", code)).then().statusCode(200).extract().path("history");
                assertThat(history.stream().filter(h -> "REVOKED".equals(h.get("to"))).toList())
                        .as("history of %s", code).hasSize(1)
                        .allSatisfy(h -> assertThat(h.get("orderId")).isEqualTo(orderOf.get(code)));
            }
            Set<String> wanted = new HashSet<>(codes);
            // one segment.revoked per revocation (a redelivery after the crash keeps its CloudEvents id)
            await().atMost(ASYNC).until(() -> Burst.eventIds(segmentEvents, wanted, "io.numguard.segment.revoked.v1")
                    .size() == SEGMENTS);
            assertThat(Burst.eventIds(segmentEvents, wanted, "io.numguard.segment.revoked.v1").values())
                    .allSatisfy(ids -> assertThat(ids).hasSize(1));
            // one order per approval on the bus: the approval's order id, and no other
            Map<String, Set<String>> ordersOnBus = orderIds(orderEvents, wanted);
            assertThat(ordersOnBus).hasSize(SEGMENTS);
            for (String code : codes) {
                assertThat(ordersOnBus.get(code)).as("orders published for %s", code).containsExactly(orderOf.get(code));
            }
        }

        // one case per segment, one order per case, in enforcement's own database
        assertThat(Burst.countBy(stack, Service.ENFORCEMENT, "select subject_id, count(*) from enforcement_case "
                + "where subject_kind = 'SEGMENT' and subject_id = any(?) group by subject_id", codes))
                .hasSize(SEGMENTS).allSatisfy((code, n) -> assertThat(n).as("cases of %s", code).isEqualTo(1));
        assertThat(Burst.countBy(stack, Service.ENFORCEMENT, "select segment_code, count(*) from enforcement_order "
                + "where segment_code = any(?) group by segment_code", codes))
                .hasSize(SEGMENTS).allSatisfy((code, n) -> assertThat(n).as("orders of %s", code).isEqualTo(1));
        // every mark stored and counted once under its segment, although batches were resent after the kill
        assertThat(Burst.countedMarks(stack, codes)).hasSize(SEGMENTS)
                .allSatisfy((code, n) -> assertThat(n).as("marks counted for %s", code).isEqualTo(MARKS_PER_SEGMENT));

        // carrier CT acknowledges each order on both replicas, one after the other: the first answer creates (201),
        // the second finds it (200); the last few it leaves out, to be escalated
        List<String> acknowledged = codes.subList(0, SEGMENTS - UNACKNOWLEDGED);
        List<String> left = codes.subList(SEGMENTS - UNACKNOWLEDGED, SEGMENTS);
        for (String code : codes) {
            await("acknowledgement owed on " + orderOf.get(code)).atMost(ASYNC).pollInterval(Duration.ofMillis(300))
                    .until(() -> enforcement.call(url -> Burst.as("carrier.ct")
                            .get(url + "/api/orders/{id}", orderOf.get(code))).then().statusCode(200)
                            .extract().path("dueBy") != null);
        }
        String survivor = SuiteStack.urls(Service.ENFORCEMENT).get(1);
        List<Integer> statuses = new ArrayList<>();
        for (String code : acknowledged) {
            statuses.add(Burst.as("carrier.ct").post(survivor + "/api/orders/{id}/acknowledgements", orderOf.get(code))
                    .statusCode());
        }
        assertThat(statuses).as("first acknowledgements").containsOnly(201);
        // the killed replicas come back; the repeats go to enforcement's replica 0, which was killed
        restartAll(stack, victims);
        for (String code : acknowledged) {
            Burst.as("carrier.ct").post(SuiteStack.url(Service.ENFORCEMENT) + "/api/orders/{id}/acknowledgements",
                    orderOf.get(code)).then().statusCode(200).body("acknowledged", org.hamcrest.Matchers.equalTo(true));
        }
        List<String> acknowledgedOrders = acknowledged.stream().map(orderOf::get).toList();
        assertThat(Burst.countBy(stack, Service.ENFORCEMENT, "select order_id, count(*) from carrier_acknowledgement "
                + "where acknowledged_at is not null and order_id = any(?) group by order_id", acknowledgedOrders))
                .hasSize(acknowledgedOrders.size()).allSatisfy((order, n) -> assertThat(n).isEqualTo(1));

        // each missing acknowledgement escalated once on its case, with the job running on both replicas
        for (String code : left) {
            await("CT's missing acknowledgement of " + code + " escalated").atMost(ASYNC.plus(ASYNC))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> !escalations(enforcement, caseOf.get(code)).isEmpty());
        }
        Thread.sleep(Duration.ofSeconds(5).toMillis()); // two more ticks of each replica's 2 s escalation job
        for (String code : left) {
            assertThat(escalations(enforcement, caseOf.get(code))).as("escalations of %s", code)
                    .containsExactly(orderOf.get(code) + "/CT");
        }
        // an acknowledgement that came after the 40 s deadline was escalated first, but once at most
        for (String code : acknowledged) {
            assertThat(escalations(enforcement, caseOf.get(code))).as("escalations of %s", code).hasSizeLessThan(2);
        }
        // the decision log, appended from both replicas and through a kill, still verifies
        Burst.as("regulator.cn").get(SuiteStack.url(Service.ENFORCEMENT) + "/api/decision-log/verification")
                .then().statusCode(200).body("intact", org.hamcrest.Matchers.equalTo(true));
    }

    private static Response act(Burst.Failover enforcement, String user, String caseId, String action, Boolean fraud) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("action", action);
        body.put("reason", action.toLowerCase() + " in the replica crash test");
        if (fraud != null) {
            body.put("fraud", fraud);
        }
        return enforcement.call(url -> Burst.as(user).body(body).post(url + "/api/cases/{id}/actions", caseId));
    }

    /**
     * regulator.fj2 approves; answers the order id. When the replica died under the call, the approval may or may
     * not have been stored: the repeat on the other replica then finds the case approved (409) and reads its order.
     */
    private static String approve(Burst.Failover enforcement, String caseId) {
        Response r = act(enforcement, "regulator.fj2", caseId, "APPROVE", null);
        if (r.statusCode() == 200) {
            return r.path("orders[0].orderId");
        }
        assertThat(r.statusCode()).as("approval of %s: %s", caseId, r.asString()).isEqualTo(409);
        Response c = enforcement.call(url -> Burst.as("regulator.fj2").get(url + "/api/cases/{id}", caseId));
        c.then().statusCode(200).body("state", org.hamcrest.Matchers.equalTo("REVOCATION_APPROVED"));
        List<String> ids = c.path("orderIds");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private static List<String> escalations(Burst.Failover enforcement, String caseId) {
        List<Map<String, Object>> e = enforcement.call(url -> Burst.as("regulator.fj")
                .get(url + "/api/cases/{id}", caseId)).then().statusCode(200).extract().path("escalations");
        return e.stream().filter(x -> "ACKNOWLEDGEMENT_OVERDUE".equals(x.get("kind")))
                .map(x -> x.get("orderId") + "/" + x.get("carrierId")).toList();
    }

    private static Map<String, Set<String>> orderIds(KafkaTestClient.Tail tail, Set<String> codes) {
        return tail.pollFor(Duration.ofSeconds(1)).stream()
                .filter(r -> codes.contains(r.key()))
                .filter(r -> "io.numguard.order.revoke.v1".equals(KafkaTestClient.header(r, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(ReplicaCrashSystemTest::orderIdOf, Collectors.toSet())));
    }

    private static String orderIdOf(ConsumerRecord<String, String> r) {
        try {
            JsonNode data = JSON.readTree(r.value());
            return data.path("orderId").asText();
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + r.value(), e);
        }
    }

    /** The killed replicas come back at once (each waits until it is ready). */
    private static void restartAll(DevStack stack, List<ServiceProcess> victims) {
        CompletableFuture.allOf(victims.stream()
                .map(v -> CompletableFuture.runAsync(() -> stack.restart(v.service(), v.replica())))
                .toArray(CompletableFuture[]::new)).join();
    }
}
