package io.numguard.system;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;


/**
 * A carrier's own blocking system as it would read numguard: a plain Kafka consumer logged in with the carrier's own
 * realm client ({@code carrier-ct}: SASL/OAUTHBEARER, a client-credentials token from Keycloak), in a consumer group
 * of its own prefix ({@code subscribe}, not {@code assign}), reading the segment topic from the start of its group,
 * committing what it processed. Nothing of numguard's code is used to read the records: only the broker, the
 * realm and the CloudEvents headers.
 */
final class CarrierSegmentFeed implements AutoCloseable {
    private final String groupId;
    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    /** @param carrier the carrier code, lower case ({@code ct}): its client is {@code carrier-ct} */
    CarrierSegmentFeed(String carrier, String topic, String groupSuffix) {
        this.groupId = "carrier-" + carrier + "." + groupSuffix;
        this.consumer = new KafkaConsumer<>(SuiteStack.carrierKafkaConfig(carrier, Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, groupId,
                ConsumerConfig.CLIENT_ID_CONFIG, groupId,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class)));
        consumer.subscribe(List.of(topic));
    }

    String groupId() {
        return groupId;
    }

    /**
     * Polls (in the calling thread: a KafkaConsumer is single-threaded) until a record matches, committing each
     * batch as a carrier's system would after acting on it; returns the first match.
     */
    ConsumerRecord<String, String> await(String what, Predicate<ConsumerRecord<String, String>> match,
                                         Duration timeout) {
        AtomicReference<ConsumerRecord<String, String>> found = new AtomicReference<>();
        Awaitility.await(what).atMost(timeout).pollInSameThread().pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50)).until(() -> {
                    var batch = consumer.poll(Duration.ofMillis(250));
                    batch.forEach(seen::add);
                    if (!batch.isEmpty()) {
                        consumer.commitSync();
                    }
                    seen.stream().filter(match).findFirst().ifPresent(found::set);
                    return found.get() != null;
                });
        return found.get();
    }

    /** Everything the carrier's system received so far. */
    List<ConsumerRecord<String, String>> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(2));
    }
}
