package io.numguard.support.kafka;

import io.numguard.support.config.ServiceIdentity;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Future;

/**
 * The one Kafka producer of a service, used by the outbox relay and dead-letter routing: idempotent, acks=all,
 * bounded waits so a broker outage surfaces as a failed send (retried later), never as a hung request.
 *
 * <p>It starts from the same {@code kafka.*} configuration the messaging channels get (Quarkus's
 * {@code default-kafka-broker} map), so a deployment's TLS and SASL settings ({@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_JAAS_CONFIG}, ...) reach this producer too.
 */
@ApplicationScoped
public class EventProducer {
    private final Producer<String, String> producer;

    @Inject
    public EventProducer(ServiceIdentity service,
                         @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        this(KafkaSettings.bootstrapServers(kafkaConfig), service.name(), KafkaSettings.of(kafkaConfig));
    }

    /** @param kafkaConfig the shared {@code kafka.*} settings without the prefix (security, timeouts...) */
    public EventProducer(String bootstrapServers, String serviceName, Map<String, Object> kafkaConfig) {
        Map<String, Object> config = new HashMap<>();
        kafkaConfig.forEach((k, v) -> {
            if (ProducerConfig.configNames().contains(k)) { // security.protocol, ssl.*, sasl.*, timeouts...
                config.put(k, v);
            }
        });
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "numguard-" + serviceName + "-events");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 10000);
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        this.producer = new KafkaProducer<>(config);
    }

    public Future<RecordMetadata> send(ProducerRecord<String, String> record) {
        return producer.send(record);
    }

    @PreDestroy
    void close() {
        producer.close(java.time.Duration.ofSeconds(5));
    }
}
