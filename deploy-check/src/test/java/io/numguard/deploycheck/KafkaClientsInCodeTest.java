package io.numguard.deploycheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deployment gives Kafka's security settings as kafka.* configuration (KAFKA_SECURITY_PROTOCOL, ...), which
 * Quarkus hands to the messaging channels through the `default-kafka-broker` configuration. A Kafka client that the
 * code builds by hand must start from that same configuration, or it connects without TLS and SCRAM and the broker
 * refuses it.
 */
class KafkaClientsInCodeTest {

    @Test
    void handBuiltKafkaClientsStartFromTheDefaultKafkaBrokerConfiguration() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Stream.of("service-support", "number-registry-service", "complaint-service",
                "enforcement-service").map(m -> Fixtures.ROOT.resolve(m).resolve("src/main/java")).flatMap(d -> {
                    try {
                        return Files.walk(d);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                })) {
            sources = s.filter(f -> f.toString().endsWith(".java")).toList();
        }
        for (Path f : sources) {
            String code = Files.readString(f);
            if (code.matches("(?s).*new Kafka(Producer|Consumer|AdminClient)\\b.*")
                    || code.contains("Admin.create(")) {
                assertThat(code).as(f + " builds a Kafka client by hand").contains("default-kafka-broker");
            }
        }
    }
}
