package io.numguard.support.kafka;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox and dead-letter producer takes the deployment's kafka.* security settings, as the channels do. */
class EventProducerConfigTest {

    @Test
    void theSharedSecuritySettingsReachTheProducer() {
        // SASL over TLS without a JAAS login: the producer refuses to start, so the settings did reach it
        assertThatThrownBy(() -> new EventProducer("127.0.0.1:1", "test",
                Map.of("security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512")))
                .hasStackTraceContaining("JAAS");
    }
}
