package io.numguard.devstack.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.numguard.contracts.EventType;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The calls every module's {@code @QuarkusTest}s make: a request as a user (or as nobody), and CloudEvents sent to
 * the devstack broker in binary mode as another service would send them. A module's own tokens and test data live
 * in its subclass (the registry's {@code it.Api}, enforcement's {@code testing.Api}, complaint's
 * {@code testing.Fixtures}), so a test reaches both through one name. Needs rest-assured and Jackson on the test
 * class path, which every service has through Quarkus.
 */
public class Api {
    /** The {@code ce_source} of what tests send: consumers require one and do not judge it. */
    public static final String SOURCE = "/numguard/test";

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    protected Api() {
    }

    /** A JSON request with the token as bearer; with a null token, a request without one (the 401 cases). */
    public static RequestSpecification as(String token) {
        RequestSpecification spec = RestAssured.given().contentType(ContentType.JSON);
        return token == null ? spec : spec.auth().oauth2(token);
    }

    /**
     * A request without a token from a client address of its own (the test profiles trust X-Forwarded-For), so the
     * per-address rate limits of the open feeds do not mix between tests. No automatic Accept-Encoding: each test
     * says whether it accepts gzip.
     */
    public static RequestSpecification anonymous(String address) {
        return RestAssured.given()
                .config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("X-Forwarded-For", address);
    }

    /** A random private address for {@link #anonymous}. */
    public static String someAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    /** The bootstrap servers of the devstack broker the module's tests run against. */
    public static String bootstrap() {
        return PostgresKafkaResource.kafka().bootstrapServers();
    }

    /**
     * The CloudEvents headers (binary content mode) of one event with JSON data.
     *
     * @param type the short type, e.g. {@code segment.allocated} (also one the contract does not know)
     */
    public static Map<String, String> ceHeaders(String id, String type) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("ce_specversion", "1.0");
        h.put("ce_id", id);
        h.put("ce_type", EventType.PREFIX + type + EventType.SUFFIX);
        h.put("ce_source", SOURCE);
        h.put("content-type", "application/json");
        return h;
    }

    public static Map<String, String> ceHeaders(String id, EventType type) {
        return ceHeaders(id, type.shortName());
    }

    /** The JSON of an event's data, dates as ISO strings like the services write them. */
    public static String json(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one CloudEvent with JSON data already written (also malformed on purpose) and the given id. */
    public static String sendEvent(String topic, String type, String key, String json, String id) {
        KafkaTestClient.send(bootstrap(), topic, key, json, ceHeaders(id, type));
        return id;
    }

    /** Sends one CloudEvent to its type's topic; returns its id. */
    public static String send(EventType type, String key, Record data) {
        return send(UUID.randomUUID().toString(), type, key, data);
    }

    /** Sends one CloudEvent with the given id (send twice with one id: a redelivery). */
    public static String send(String id, EventType type, String key, Record data) {
        return sendEvent(type.topic(), type.shortName(), key, json(data), id);
    }

    /** One CloudEvent of a burst (see {@link #sendAll}). */
    public static KafkaTestClient.Outgoing event(EventType type, String key, Record data) {
        return new KafkaTestClient.Outgoing(key, json(data), ceHeaders(UUID.randomUUID().toString(), type));
    }

    /** Sends events of one topic as a burst, with one producer: the consumer sees many of them in one poll. */
    public static void sendAll(String topic, List<KafkaTestClient.Outgoing> events) {
        KafkaTestClient.sendAll(bootstrap(), topic, events);
    }
}
