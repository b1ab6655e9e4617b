package io.numguard.support.kafka;

import jakarta.enterprise.inject.Instance;

import java.util.Map;

/**
 * The service's {@code kafka.*} settings as Quarkus hands them to the messaging channels (its
 * {@code default-kafka-broker} map, prefix removed). service-support reads them from there rather than through a
 * {@code @ConfigMapping}: a mapping under {@code kafka} would have to declare every Kafka client property, or the
 * start fails on the ones it does not know.
 */
final class KafkaSettings {
    private KafkaSettings() {
    }

    static Map<String, Object> of(Instance<Map<String, Object>> defaultBroker) {
        return defaultBroker.isResolvable() ? defaultBroker.get() : Map.of();
    }

    static String bootstrapServers(Instance<Map<String, Object>> defaultBroker) {
        Object servers = of(defaultBroker).get("bootstrap.servers");
        if (servers == null) {
            throw new IllegalStateException("kafka.bootstrap.servers is not set");
        }
        return servers.toString();
    }
}
