package io.numguard.deploycheck;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The derivation finds what a reader of the services' code would list by hand (and keeps finding new ones). */
class ServiceConfigTest {

    private static ServiceConfig of(String module) {
        return Fixtures.SERVICES.stream().filter(s -> s.module().equals(module)).findFirst().orElseThrow();
    }

    @Test
    void requiredEnvironmentIsDerivedFromTheCode() {
        Map<String, java.util.Set<String>> required = Fixtures.SERVICES.stream().collect(Collectors.toMap(
                ServiceConfig::module, s -> s.requiredEnv().keySet()));
        for (String module : Fixtures.MODULES) {
            assertThat(required.get(module)).as(module).contains("QUARKUS_HTTP_HOST", "QUARKUS_DATASOURCE_JDBC_URL",
                    "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "KAFKA_BOOTSTRAP_SERVERS",
                    "QUARKUS_OIDC_AUTH_SERVER_URL", "QUARKUS_OIDC_CREDENTIALS_SECRET");
        }
        assertThat(required.get("number-registry-service")).contains("NUMGUARD_LEGAL_REPRESENTATIVE_PEPPER");
        assertThat(required.get("enforcement-service")).contains("NUMGUARD_LEGAL_REPRESENTATIVE_PEPPER");
        assertThat(required.get("complaint-service")).contains("NUMGUARD_COMPLAINTS_INTAKE_COMPLAINANT_HASH_SECRET");
    }

    @Test
    void configMappingsAreReadWithTheirNestedGroups() {
        String code = """
                @ConfigMapping(prefix = "a.b")
                public interface X {
                    Inner inner();
                    @WithDefault("1")
                    int plain();
                    interface Inner {
                        String someSecret();
                        @WithDefault("x" + "y")
                        String withDefault();
                    }
                }
                """;
        assertThat(ServiceConfig.configMappingKeys(code)).containsEntry("a.b.inner.some-secret", null)
                .containsEntry("a.b.plain", "\"1\"").containsKey("a.b.inner.with-default");
    }

    @Test
    void theConsoleIsReadWithoutServiceSupportAndWithoutKafka() {
        ServiceConfig console = of("console");
        assertThat(console.usesKafka()).isFalse();
        assertThat(of("complaint-service").usesKafka()).isTrue();
        // its own settings: local-only URLs and its cookie secrets; none of service-support's (it does not use it)
        assertThat(console.requiredEnv()).containsKeys("QUARKUS_HTTP_HOST", "QUARKUS_OIDC_AUTH_SERVER_URL",
                        "NUMGUARD_REGISTRY_URL", "NUMGUARD_COMPLAINT_URL", "NUMGUARD_ENFORCEMENT_URL",
                        "QUARKUS_OIDC_CREDENTIALS_SECRET", "QUARKUS_OIDC_AUTHENTICATION_STATE_SECRET",
                        "QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET")
                .doesNotContainKeys("NUMGUARD_SERVICE_NAME", "KAFKA_BOOTSTRAP_SERVERS");
    }

    @Test
    void serviceSupportMappingsCountForEveryService() {
        // numguard.service.name (service-support's ServiceIdentity, no default) is set by each service's own file
        for (String module : Fixtures.MODULES) {
            assertThat(of(module).requiredEnv()).as(module).doesNotContainKey("NUMGUARD_SERVICE_NAME")
                    .containsKey("KAFKA_BOOTSTRAP_SERVERS");
            assertThat(of(module).properties()).as(module).containsKey("numguard.service.name");
        }
    }

    @Test
    void topicsAreDerivedFromChannelsAndPublishedEventTypes() {
        assertThat(of("number-registry-service").consumedTopics()).containsExactlyInAnyOrder(
                "numguard.enforcement.orders.v1", "numguard.enforcement.sanctions.v1");
        assertThat(of("number-registry-service").followerTopics()).containsExactly("numguard.registry.segments.v1");
        assertThat(of("complaint-service").producedTopics()).containsExactlyInAnyOrder(
                "numguard.complaints.signals.v1", "numguard.reputation.labels.v1");
        assertThat(of("enforcement-service").producedTopics()).containsExactlyInAnyOrder(
                "numguard.enforcement.orders.v1", "numguard.enforcement.sanctions.v1",
                "numguard.enforcement.referrals.v1");
    }
}
