package io.numguard.enforcement.testing;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.identity.Uscc;
import io.numguard.devstack.testing.KafkaTestClient;
import io.numguard.devstack.testing.PostgresKafkaResource;
import io.numguard.devstack.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Tokens of the demo users, fresh test data, and CloudEvents sent to the real broker as the registry would. */
public final class Api {
    public static final String AUD = "numguard-enforcement";
    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public static final String REGULATOR_FJ = TestTokens.regulator(AUD, "regulator.fj", "FJ");
    public static final String REGULATOR_FJ2 = TestTokens.regulator(AUD, "regulator.fj2", "FJ");
    public static final String REGULATOR_GD = TestTokens.regulator(AUD, "regulator.gd", "GD");
    public static final String REGULATOR_CN = TestTokens.regulator(AUD, "regulator.cn", "CN");
    public static final String POLICE_FZ = TestTokens.police(AUD, "police.fz", "FZ-PSB");
    public static final String POLICE_XM = TestTokens.police(AUD, "police.xm", "XM-PSB");
    public static final String CARRIER_CT = TestTokens.carrier(AUD, "carrier.ct", "CT");
    public static final String CARRIER_CM = TestTokens.carrier(AUD, "carrier.cm", "CM");
    public static final String CARRIER_CU = TestTokens.carrier(AUD, "carrier.cu", "CU");
    public static final String CITIZEN = TestTokens.citizen(AUD, "citizen.demo");
    public static final String LICENSEE = TestTokens.licensee(AUD, "licensee.demo", "91350100MA2XYZ1234");

    private Api() {
    }

    public static RequestSpecification as(String token) {
        RequestSpecification r = given().contentType(ContentType.JSON);
        return token == null ? r : r.auth().oauth2(token);
    }

    public static String bootstrap() {
        return PostgresKafkaResource.kafka().bootstrapServers();
    }

    /** A fresh 6-digit segment code, 95 + 4 digits. */
    public static String newSegmentCode() {
        return "95" + (1000 + ThreadLocalRandom.current().nextInt(9000));
    }

    public static String newUscc() {
        String digits = Long.toString(Math.abs(ThreadLocalRandom.current().nextLong()) % 1_000_000_000_000L);
        String first17 = "9135" + "0".repeat(12 - digits.length()) + digits + "X";
        return first17 + Uscc.checkCharacter(first17);
    }

    public static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one CloudEvent in binary mode; returns its id. */
    public static String send(EventType type, String key, Record data) {
        return send(UUID.randomUUID().toString(), type, key, data);
    }

    /** Sends one CloudEvent with the given id (send twice with one id: a redelivery). */
    public static String send(String id, EventType type, String key, Record data) {
        KafkaTestClient.send(bootstrap(), type.topic(), key, json(data), headers(id, type));
        return id;
    }

    /** One CloudEvent of a burst (see {@link #sendAll}). */
    public static KafkaTestClient.Outgoing event(EventType type, String key, Record data) {
        return new KafkaTestClient.Outgoing(key, json(data), headers(UUID.randomUUID().toString(), type));
    }

    /** Sends events of one topic as a burst, with one producer: the consumer sees many of them in one poll. */
    public static void sendAll(String topic, List<KafkaTestClient.Outgoing> events) {
        KafkaTestClient.sendAll(bootstrap(), topic, events);
    }

    private static Map<String, String> headers(String id, EventType type) {
        return Map.of("ce_specversion", "1.0", "ce_id", id, "ce_type", type.wireName(),
                "ce_source", "/test", "content-type", "application/json");
    }

    public static void registerLicensee(String uscc, String province, String legalRepHash) {
        send(EventType.LICENSEE_REGISTERED, uscc,
                new LicenseeRegistered(uscc, "Test Call Centre " + uscc, province, legalRepHash, Instant.now()));
    }

    public static void allocateSegment(String code, String uscc, String province, List<String> carriers) {
        send(EventType.SEGMENT_ALLOCATED, code, segment(code, uscc, province, "ALLOCATED", carriers, null, Instant.now()));
    }

    public static SegmentChanged segment(String code, String uscc, String province, String status,
                                         List<String> carriers, String orderId, Instant at) {
        return new SegmentChanged(code, uscc, province, status, carriers, false, true, LocalDate.now().minusDays(30),
                LocalDate.now().plusYears(5), orderId, orderId == null ? null : "enforcement order", at);
    }
}
