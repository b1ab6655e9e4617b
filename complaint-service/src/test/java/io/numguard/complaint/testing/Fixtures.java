package io.numguard.complaint.testing;

import io.numguard.complaint.intake.service.SegmentFolder;
import io.numguard.contracts.Topics;
import io.numguard.devstack.testing.Api;
import io.numguard.devstack.testing.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.awaitility.Awaitility.await;

/**
 * Tokens, unique test data and the events of the other services as they send them, on top of devstack's {@link Api}
 * (requests as a user, CloudEvents to the broker).
 */
public final class Fixtures extends Api {
    public static final String AUD = "numguard-complaint";
    private static final Set<String> USED = new HashSet<>();

    private Fixtures() {
    }

    public static String citizen() {
        return TestTokens.citizen(AUD, "citizen-" + UUID.randomUUID());
    }

    public static String carrier(String carrierId) {
        return TestTokens.carrier(AUD, "carrier." + carrierId.toLowerCase(), carrierId);
    }

    public static String regulator(String province) {
        return TestTokens.regulator(AUD, "regulator." + province.toLowerCase(), province);
    }

    public static String police() {
        return TestTokens.police(AUD, "police.fz", "FZ-PSB");
    }

    public static String licensee() {
        return TestTokens.licensee(AUD, "licensee.demo", "91350100M00010006A");
    }

    /**
     * A 6-digit segment code not used before in this JVM, from 950000-954999 but never under 95123 (the story's
     * segment), so that no number from {@link #newNumber()} ever falls into it.
     */
    public static synchronized String newSegment() {
        while (true) {
            String code = "95" + String.format("%04d", ThreadLocalRandom.current().nextInt(5_000));
            if (!code.startsWith("95123") && USED.add(code)) {
                return code;
            }
        }
    }

    /** An 8-digit number from 95500000-95999999 (5-digit prefix segments only), not used before in this JVM. */
    public static synchronized String newNumber() {
        while (true) {
            String n = "95" + (500_000 + ThreadLocalRandom.current().nextInt(500_000));
            if (USED.add(n)) {
                return n;
            }
        }
    }

    public static String segmentJson(String code, String status, boolean outbound, Instant occurredAt) {
        return "{\"code\":\"" + code + "\",\"licenseeUscc\":\"91350100M00010006A\",\"province\":\"FJ\","
                + "\"status\":\"" + status + "\",\"carriers\":[\"CT\"],\"outboundAuthorised\":" + outbound
                + ",\"expanded\":true" + (occurredAt == null ? "" : ",\"occurredAt\":\"" + occurredAt + "\"")
                + "}";
    }

    /** Sends a segment event and returns its CloudEvents id. */
    public static String sendSegment(String type, String code, String status, boolean outbound) {
        String id = UUID.randomUUID().toString();
        sendSegment(id, type, code, status, outbound, Instant.now());
        return id;
    }

    public static void sendSegment(String id, String type, String code, String status, boolean outbound,
                                   Instant occurredAt) {
        sendEvent(Topics.REGISTRY_SEGMENTS, type, code, segmentJson(code, status, outbound, occurredAt), id);
    }

    /** Allocates a new segment through the registry's event and waits until the verdict knows it. */
    public static String allocatedSegment(boolean outbound) {
        String code = newSegment();
        sendSegment("segment.allocated", code, "ALLOCATED", outbound);
        awaitSegmentStatus(code, "ALLOCATED");
        return code;
    }

    public static void awaitSegmentStatus(String code, String status) {
        String number = code + "00";
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                status.equals(as(regulator("CN")).get("/api/reputation/" + number).then().extract()
                        .path("segmentStatus")) && code.equals(as(regulator("CN"))
                        .get("/api/reputation/" + number).then().extract().path("segmentCode")));
    }

    public static String referralJson(String referralId, List<String> suspects) {
        List<String> quoted = new ArrayList<>();
        suspects.forEach(s -> quoted.add("\"" + s + "\""));
        return "{\"referralId\":\"" + referralId + "\",\"caseId\":\"case-" + referralId + "\",\"agency\":\"FZ-PSB\","
                + "\"policeCaseNumber\":\"FZ-2026-" + referralId.substring(0, 6) + "\",\"lossYuan\":125000.50,"
                + "\"suspectNumbers\":[" + String.join(",", quoted) + "],\"receivedAt\":\"" + Instant.now() + "\"}";
    }

    public static void sendReferral(String eventId, String referralId, List<String> suspects) {
        sendEvent(Topics.ENFORCEMENT_REFERRALS, "referral.received", "case-" + referralId,
                referralJson(referralId, suspects), eventId);
    }

    /** A mark row as a carrier sends it. */
    /**
     * Waits until the segment folder has folded every complaint counted so far: segments' buckets, distinct
     * complainants, labels and signals follow their complaints out of the intake's transaction.
     */
    public static void segmentsFolded() {
        Arc.container().instance(SegmentFolder.class).get().drain();
    }

    /** A count from the service's database (native SQL, positional parameters ?1, ?2, ...), in its own transaction. */
    public static long count(String sql, Object... params) {
        EntityManager em = Arc.container().instance(EntityManager.class).get();
        return QuarkusTransaction.requiringNew().call(() -> {
            var q = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                q.setParameter(i + 1, params[i]);
            }
            return ((Number) q.getSingleResult()).longValue();
        });
    }

    /** How many complaints a segment's hourly buckets hold. */
    public static long segmentBucketCount(String segment) {
        return count("select coalesce(sum(count), 0) from complaint_bucket where subject_kind = 'SEGMENT'"
                + " and subject_code = ?1", segment);
    }

    public static Map<String, Object> mark(String number, String category) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("number", number);
        m.put("category", category);
        m.put("markedAt", Instant.now().minusSeconds(60).toString());
        return m;
    }
}
