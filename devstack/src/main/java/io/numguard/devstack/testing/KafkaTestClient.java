package io.numguard.devstack.testing;

import io.numguard.devstack.KafkaBroker;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.function.Predicate;

/**
 * A plain Kafka client for tests, as a carrier's own system would use the broker: send raw records with any
 * headers (also malformed ones), and follow a topic from "now" on. It connects as devstack's super user over the
 * broker's internal listener ({@link KafkaBroker#superUserConfig(String)}): it stands in for another service, whose
 * own rights are not what the test is about.
 */
public final class KafkaTestClient {
    private KafkaTestClient() {
    }

    public static void send(String bootstrap, String topic, String key, String value, Map<String, String> headers) {
        sendAll(bootstrap, topic, List.of(new Outgoing(key, value, headers)));
    }

    /** A record to send: key, value, headers. */
    public record Outgoing(String key, String value, Map<String, String> headers) {
    }

    /** Sends the records in order with one producer, as a burst (a consumer then sees many in one poll). */
    public static void sendAll(String bootstrap, String topic, List<Outgoing> records) {
        try (var producer = new KafkaProducer<String, String>(with(bootstrap, Map.of(
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 20)))) {
            List<Future<?>> sent = new ArrayList<>(records.size());
            for (Outgoing o : records) {
                ProducerRecord<String, String> r = new ProducerRecord<>(topic, o.key(), o.value());
                o.headers().forEach((k, v) -> r.headers().add(k, v.getBytes(StandardCharsets.UTF_8)));
                sent.add(producer.send(r));
            }
            for (var f : sent) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /** Starts following every partition of the topic from its current end. */
    public static Tail tail(String bootstrap, String topic) {
        return new Tail(bootstrap, topic);
    }

    private static Map<String, Object> with(String bootstrap, Map<String, Object> settings) {
        Map<String, Object> all = new HashMap<>(KafkaBroker.superUserConfig(bootstrap));
        all.putAll(settings);
        return all;
    }

    public static String header(ConsumerRecord<String, String> r, String name) {
        var h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    public static final class Tail implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

        private Tail(String bootstrap, String topic) {
            consumer = new KafkaConsumer<>(with(bootstrap, Map.of(
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)));
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position); // fix the positions now, before the test acts
        }

        /** Polls until a record matches, or fails after the timeout; returns the match. */
        public ConsumerRecord<String, String> await(Predicate<ConsumerRecord<String, String>> match,
                                                    Duration timeout) {
            long deadline = System.nanoTime() + timeout.toNanos();
            int checked = 0;
            while (true) {
                // everything polled is kept, so a later await still finds records that came in one batch
                for (; checked < seen.size(); checked++) {
                    if (match.test(seen.get(checked))) {
                        return seen.get(checked);
                    }
                }
                if (System.nanoTime() > deadline) {
                    break;
                }
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
            throw new AssertionError("no matching record on " + consumer.assignment() + " within " + timeout
                    + "; saw " + seen.size() + " records: " + seen.stream().map(r -> r.key() + "@" + r.offset() + " "
                    + header(r, "ce_id") + " " + header(r, "dead-letter-reason")).toList());
        }

        /** Polls for a while and returns everything received so far. */
        public List<ConsumerRecord<String, String>> pollFor(Duration duration) {
            long deadline = System.nanoTime() + duration.toNanos();
            do {
                consumer.poll(Duration.ofMillis(100)).forEach(seen::add);
            } while (System.nanoTime() < deadline);
            return List.copyOf(seen);
        }

        /** Everything received so far. */
        public List<ConsumerRecord<String, String>> seen() {
            return List.copyOf(seen);
        }

        @Override
        public void close() {
            consumer.close(Duration.ofSeconds(2));
        }
    }
}
