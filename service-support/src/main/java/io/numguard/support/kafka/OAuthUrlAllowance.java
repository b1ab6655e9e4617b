package io.numguard.support.kafka;

import io.numguard.contracts.KafkaOAuth;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;

import java.util.Map;

/**
 * Allows the broker token endpoint the service is configured with ({@link KafkaOAuth#allow}) before the messaging
 * channels and the event producer create their clients (this observer runs first among the start-up observers), so
 * no launch script or container has to repeat the URL in a {@code -D} option.
 */
@ApplicationScoped
public class OAuthUrlAllowance {
    void allow(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent started,
               @Identifier("default-kafka-broker") Instance<Map<String, Object>> kafkaConfig) {
        Object tokenEndpoint = KafkaSettings.of(kafkaConfig).get("sasl.oauthbearer.token.endpoint.url");
        if (tokenEndpoint != null) {
            KafkaOAuth.allow(tokenEndpoint.toString());
        }
    }
}
