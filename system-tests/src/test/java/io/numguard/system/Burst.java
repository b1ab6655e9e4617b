package io.numguard.system;

import io.numguard.contracts.Topics;
import io.numguard.devstack.DevStack;
import io.numguard.devstack.Service;
import io.numguard.devstack.testing.KafkaTestClient;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * What the fault tests do in bulk: fresh segments of a new licensee, bursts of carrier marks and orders, and the
 * counts that show nothing was lost or doubled (read from Kafka and from the services' own databases, since the
 * APIs rank and page other tests' data too).
 */
final class Burst {
    private Burst() {
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(SuiteStack.token(user)).contentType("application/json");
    }

    /** Registers a new Fujian licensee and answers its USCC. */
    static String newLicensee(String registry, String name) {
        String uscc = Uscc.random("3501");
        as("regulator.cn").body(Fixtures.licensee(uscc, name, "Sun Qi", "350102198001017777"))
                .post(registry + "/api/licensees").then().statusCode(201);
        return uscc;
    }

    /** {@code n} fresh 6-digit codes in the allowed 954/957 ranges, allocated to the licensee for carrier CT. */
    static List<String> allocateFreeCodes(String registry, String uscc, int n) {
        List<String> codes = new ArrayList<>();
        String[] ranges = {"954", "957"};
        while (codes.size() < n) {
            String code = ranges[ThreadLocalRandom.current().nextInt(2)]
                    + String.format("%03d", ThreadLocalRandom.current().nextInt(1000));
            if (codes.contains(code)) {
                continue;
            }
            int status = as("regulator.cn").body(Map.of("code", code, "licenseeUscc", uscc, "carriers", List.of("CT"),
                    "outboundAuthorised", false)).post(registry + "/api/segments").statusCode();
            if (status == 201) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** Waits until the complaint service has learnt every segment from the registry's events. */
    static void awaitComplaintKnows(String complaint, List<String> codes) {
        String carrier = SuiteStack.token("carrier.ct");
        for (String code : codes) {
            await("complaint service knows " + code).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                    .until(() -> code.equals(given().auth().oauth2(carrier)
                            .get(complaint + "/api/reputation/{n}", code + "00").then().statusCode(200)
                            .extract().path("segmentCode")));
        }
    }

    /**
     * Carrier CT marks {@code perSegment} numbers of every segment (one batch per round, one marker phone per
     * mark), spreading the batches over the given complaint-service replicas; answers how many marks the service
     * said it counted. A batch whose replica dies under it is sent again to the next one: the daily de-duplication
     * makes the repeat count nothing that was already stored.
     */
    static int sendMarks(List<String> complaintReplicas, List<String> codes, int perSegment) {
        return sendMarks(complaintReplicas, codes, perSegment, batch -> { });
    }

    /** As {@link #sendMarks(List, List, int)}, telling {@code afterBatch} the number of each batch sent (from 1). */
    static int sendMarks(List<String> complaintReplicas, List<String> codes, int perSegment,
                         java.util.function.IntConsumer afterBatch) {
        Failover complaint = new Failover(complaintReplicas);
        int accepted = 0;
        String token = SuiteStack.token("carrier.ct");
        for (int batch = 0; batch < perSegment; batch++) {
            List<Map<String, Object>> marks = new ArrayList<>();
            for (int i = 0; i < codes.size(); i++) {
                marks.add(Map.of("number", codes.get(i) + String.format("%02d", batch), "category", "HARASSMENT",
                        "markedAt", Instant.now().toString(),
                        "markerPhone", "1380000" + String.format("%04d", batch * codes.size() + i)));
            }
            accepted += complaint.call(url -> given().auth().oauth2(token).contentType("application/json")
                            .body(Map.of("marks", marks)).post(url + "/api/complaints/batch"))
                    .then().statusCode(200).extract().<Integer>path("counted");
            afterBatch.accept(batch + 1);
        }
        return accepted;
    }

    /** A suspension order as enforcement publishes it, sent straight to the orders topic. */
    static void sendSuspendOrder(String bootstrap, String code, String orderId, String eventId) {
        String order = """
                {"orderId":"%s","caseId":"crash-case","segmentCode":"%s","action":"SUSPEND","reason":"crash test",
                 "fraud":false,"proposedBy":"regulator.fj","approvedBy":"regulator.fj2","decidedAt":"%s"}"""
                .formatted(orderId, code, Instant.now());
        KafkaTestClient.send(bootstrap, Topics.ENFORCEMENT_ORDERS, code, order, Map.of(
                "ce_specversion", "1.0", "ce_id", eventId, "ce_type", "io.numguard.order.suspend.v1",
                "ce_source", "/numguard/enforcement", "content-type", "application/json"));
    }

    /** The CloudEvents ids of each segment's events of one type seen on a tail so far (and in the next 300 ms). */
    static Map<String, Set<String>> eventIds(KafkaTestClient.Tail tail, Set<String> codes, String type) {
        return tail.pollFor(Duration.ofMillis(300)).stream()
                .filter(r -> codes.contains(r.key()))
                .filter(r -> type.equals(KafkaTestClient.header(r, "ce_type")))
                .collect(Collectors.groupingBy(ConsumerRecord::key,
                        Collectors.mapping(r -> KafkaTestClient.header(r, "ce_id"), Collectors.toSet())));
    }

    /** How many marks the complaint service counted (stored and not a same-day repeat) under each segment. */
    static Map<String, Integer> countedMarks(DevStack stack, List<String> codes) {
        return countBy(stack, Service.COMPLAINT, "select segment_code, count(*) from complaint "
                + "where counted and segment_code = any(?) group by segment_code", codes);
    }

    /** One row per key: {@code sql} takes the keys as its one text-array parameter and answers (key, count). */
    static Map<String, Integer> countBy(DevStack stack, Service service, String sql, List<String> keys) {
        Map<String, Integer> counted = new HashMap<>();
        try (Connection db = connect(stack, service); var q = db.prepareStatement(sql)) {
            q.setArray(1, db.createArrayOf("text", keys.toArray()));
            try (var rs = q.executeQuery()) {
                while (rs.next()) {
                    counted.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counted;
    }

    private static Connection connect(DevStack stack, Service service) throws SQLException {
        return DriverManager.getConnection(stack.postgres().jdbcUrl(service.database()), stack.postgres().user(),
                stack.postgres().password());
    }

    /**
     * Calls go to the replicas of a service in turn, as a Kubernetes Service spreads them; a call whose replica
     * cannot be reached (refused, reset: it was killed) goes to the next replica, as a client behind a load
     * balancer would retry. Only connection failures are retried, never an HTTP answer.
     */
    static final class Failover {
        private final List<String> replicas;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger failedOver = new AtomicInteger();

        Failover(List<String> replicas) {
            this.replicas = List.copyOf(replicas);
        }

        Response call(Function<String, Response> request) {
            int first = Math.floorMod(next.getAndIncrement(), replicas.size());
            Exception last = null;
            for (int attempt = 0; attempt < 2 * replicas.size(); attempt++) {
                try {
                    return request.apply(replicas.get((first + attempt) % replicas.size()));
                } catch (Exception e) { // REST Assured throws the client's IOException unchecked
                    if (!isConnectionFailure(e)) {
                        throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
                    }
                    failedOver.incrementAndGet();
                    last = e;
                }
            }
            throw new IllegalStateException("no replica of " + replicas + " answered", last);
        }

        /** How many calls had to go to another replica. */
        int failedOver() {
            return failedOver.get();
        }

        private static boolean isConnectionFailure(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.io.IOException) {
                    return true;
                }
            }
            return false;
        }
    }
}
