package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Proof that each check bites: the dev overlay with one thing broken gives exactly that problem. */
class CheckerBitesTest {

    private static List<String> problemsAfter(Consumer<List<ObjectNode>> breakIt) {
        return problemsAfter("dev", breakIt);
    }

    private static List<String> problemsAfter(String overlay, Consumer<List<ObjectNode>> breakIt) {
        List<ObjectNode> objects = Fixtures.render(overlay);
        breakIt.accept(objects);
        return Fixtures.checker(overlay).check(objects);
    }

    private static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream().filter(o -> Resources.kind(o).equals(kind) && Resources.name(o).equals(name))
                .findFirst().orElseThrow();
    }

    private static ObjectNode container(List<ObjectNode> objects, String deployment) {
        return (ObjectNode) find(objects, "Deployment", deployment).path("spec").path("template").path("spec")
                .path("containers").get(0);
    }

    @Test
    void anUnknownFieldOfABuiltInKind() {
        assertThat(problemsAfter(o -> container(o, "complaint-service").put("imagePullPolcy", "Always")))
                .anyMatch(p -> p.startsWith("Deployment/numguard-dev/complaint-service") && p.contains("imagePullPolcy"));
    }

    @Test
    void anUnknownFieldOfACustomResource() {
        assertThat(problemsAfter(o -> ((ObjectNode) find(o, "KafkaTopic", "registry-segments").get("spec"))
                .put("partitionz", 3))).anyMatch(p -> p.contains("KafkaTopic") && p.contains("partitionz"));
    }

    @Test
    void aMissingRequiredField() {
        assertThat(problemsAfter(o -> ((ObjectNode) find(o, "Deployment", "enforcement-service").get("spec"))
                .remove("selector"))).anyMatch(p -> p.contains("enforcement-service") && p.contains("selector"));
        assertThat(problemsAfter(o -> ((ObjectNode) find(o, "Database", "numguard-pg-complaint").get("spec"))
                .remove("owner"))).anyMatch(p -> p.contains("Database") && p.contains("owner"));
    }

    @Test
    void aMissingEnvironmentVariable() {
        assertThat(problemsAfter(o -> {
            ArrayNode env = (ArrayNode) container(o, "number-registry-service").get("env");
            for (int i = 0; i < env.size(); i++) {
                if (env.get(i).path("name").asText().equals("NUMGUARD_LEGAL_REPRESENTATIVE_PEPPER")) {
                    env.remove(i);
                }
            }
        })).containsExactly("Deployment/numguard-dev/number-registry-service: environment variable "
                + "NUMGUARD_LEGAL_REPRESENTATIVE_PEPPER is not set (LegalRepresentativeConfig.java: @ConfigMapping "
                + "numguard.legal-representative.pepper is a credential (its default is for local runs only))");
    }

    @Test
    void theConsoleWithoutItsSessionSecretItsServicesUrlsOrItsServiceMonitor() {
        assertThat(problemsAfter(o -> {
            ArrayNode env = (ArrayNode) container(o, "console").get("env");
            for (int i = env.size() - 1; i >= 0; i--) {
                if (env.get(i).path("name").asText().equals("QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET")) {
                    env.remove(i);
                }
            }
            ((ObjectNode) find(o, "ConfigMap", "console-config").get("data")).remove("NUMGUARD_REGISTRY_URL");
            o.remove(find(o, "ServiceMonitor", "console"));
        })).containsExactlyInAnyOrder(
                "Deployment/numguard-dev/console: environment variable QUARKUS_OIDC_TOKEN_STATE_MANAGER_ENCRYPTION_SECRET"
                        + " is not set (quarkus.oidc.token-state-manager.encryption-secret is a credential (its file "
                        + "value is for local runs only))",
                "Deployment/numguard-dev/console: environment variable NUMGUARD_REGISTRY_URL is not set "
                        + "(numguard.registry.url defaults to a local-only http://127.0.0.1:8081)",
                "Deployment/numguard-dev/console: no ServiceMonitor scrapes /q/metrics through a Service of its pods");
    }

    @Test
    void aLocalOnlyDefaultLeftInPlace() {
        assertThat(problemsAfter(o -> ((ObjectNode) find(o, "ConfigMap", "complaint-service-config").get("data"))
                .remove("QUARKUS_OIDC_AUTH_SERVER_URL")))
                .anyMatch(p -> p.contains("QUARKUS_OIDC_AUTH_SERVER_URL is not set"));
    }

    @Test
    void aDanglingSecretReference() {
        assertThat(problemsAfter(o -> o.removeIf(x -> Resources.kind(x).equals("Secret")
                && Resources.name(x).equals("numguard-complaint-secrets"))))
                .contains("Deployment/numguard-dev/complaint-service: Secret numguard-complaint-secrets is neither "
                        + "rendered, nor written by an operator for a rendered resource, nor listed as provided "
                        + "(required-secrets.yaml)");
        assertThat(problemsAfter(o -> container(o, "complaint-service").withArray("env").get(0)
                .withObject("/valueFrom/secretKeyRef").put("key", "user")))
                .anyMatch(p -> p.contains("Secret numguard-pg-complaint has no key user"));
    }

    @Test
    void aMissingContractTopicAnUncompactedLabelTopicAndTooWideAcls() {
        assertThat(problemsAfter(o -> o.removeIf(x -> Resources.name(x).equals("enforcement-referrals-dlq"))))
                .contains("KafkaTopic numguard.enforcement.referrals.v1.dlq of the contract is missing");
        assertThat(problemsAfter(o -> find(o, "KafkaTopic", "reputation-labels").withObject("/spec/config")
                .put("cleanup.policy", "delete"))).anyMatch(p -> p.contains("the contract says compact"));
        assertThat(problemsAfter(o -> find(o, "KafkaUser", "numguard-complaint").withArray("/spec/authorization/acls")
                .addObject().put("operations", "x").putObject("resource").put("type", "topic")))
                .isNotEmpty();
    }

    @Test
    void aCarrierThatMayWriteOrdersOrReadAnotherCarriersGroupsBreaksTheContract() {
        assertThat(problemsAfter(o -> {
            ObjectNode acl = (ObjectNode) find(o, "KafkaUser", "carrier-ct").withArray("/spec/authorization/acls").get(0);
            acl.withObject("/resource").put("name", "numguard.enforcement.orders.v1");
            acl.putArray("operations").add("Describe").add("Write");
        })).contains("KafkaUser/numguard-dev/carrier-ct: may write numguard.enforcement.orders.v1, which the contract "
                + "does not let carriers produce");
        assertThat(problemsAfter(o -> ((ObjectNode) find(o, "KafkaUser", "carrier-ct")
                .withArray("/spec/authorization/acls").get(3)).withObject("/resource").put("name", "carrier-cm.")))
                .anyMatch(p -> p.contains("may read consumer group carrier-cm.*, outside its own prefix carrier-ct."));
        assertThat(problemsAfter(o -> o.removeIf(x -> Resources.name(x).equals("carrier-cu"))))
                .contains("KafkaUser carrier-cu of the contract (ARCHITECTURE.md, Kafka identity) is missing");
    }

    @Test
    void aServiceWhoseSelectorMatchesNoPods() {
        assertThat(problemsAfter(o -> find(o, "Service", "complaint-service").withObject("/spec/selector")
                .put("app.kubernetes.io/name", "complaints-service")))
                .anyMatch(p -> p.startsWith("Service/numguard-dev/complaint-service: selector"));
    }

    @Test
    void aContainerRunningWritableOrPrivilegedFailsHardening() {
        assertThat(problemsAfter(o -> container(o, "complaint-service").withObject("/securityContext")
                .put("readOnlyRootFilesystem", false).put("allowPrivilegeEscalation", true)))
                .contains("Deployment/numguard-dev/complaint-service container complaint-service: "
                        + "readOnlyRootFilesystem must be true",
                        "Deployment/numguard-dev/complaint-service container complaint-service: "
                        + "allowPrivilegeEscalation must be false");
    }

    @Test
    void aDeploymentWithoutItsOwnNetworkPolicyOrADefaultDeny() {
        List<String> problems = problemsAfter(o -> o.removeIf(x -> Resources.kind(x).equals("NetworkPolicy")));
        assertThat(problems).contains(
                "NetworkPolicy: no default-deny policy (empty podSelector, Ingress and Egress, no rules)",
                "Deployment/numguard-dev/enforcement-service: no NetworkPolicy of its own allows its ingress and egress");
    }

    @Test
    void anInvalidName() {
        assertThat(problemsAfter(o -> find(o, "ServiceAccount", "complaint-service").withObject("/metadata")
                .put("name", "Complaint_Service")))
                .anyMatch(p -> p.contains("invalid name `Complaint_Service`"));
    }

    @Test
    void aServiceWithoutItsServiceMonitorOrScrapingTheWrongPath() {
        assertThat(problemsAfter(o -> o.removeIf(x -> Resources.kind(x).equals("ServiceMonitor")
                && Resources.name(x).equals("enforcement-service"))))
                .contains("Deployment/numguard-dev/enforcement-service: no ServiceMonitor scrapes /q/metrics through "
                        + "a Service of its pods");
        assertThat(problemsAfter(o -> ((ObjectNode) find(o, "ServiceMonitor", "complaint-service")
                .path("spec").path("endpoints").get(0)).put("path", "/metrics")))
                .contains("ServiceMonitor/numguard-dev/complaint-service: endpoint path /metrics, but complaint-service "
                        + "serves its metrics at /q/metrics");
    }

    @Test
    void kafkaAndPostgresWithoutMetricsOrAPathForPrometheus() {
        List<String> problems = problemsAfter(o -> {
            ((ObjectNode) find(o, "Kafka", "numguard").path("spec").path("kafka")).remove("metricsConfig");
            o.removeIf(x -> Resources.kind(x).equals("PodMonitor") && Resources.name(x).equals("numguard-pg"));
            o.removeIf(x -> Resources.name(x).equals("prometheus-scrape-services"));
            // complaint-service's own policy admits the monitoring namespace too: take that peer out
            ((com.fasterxml.jackson.databind.node.ArrayNode) find(o, "NetworkPolicy", "complaint-service")
                    .path("spec").path("ingress").get(0).path("from")).remove(1);
        });
        assertThat(problems).contains(
                "Kafka/numguard-dev/numguard: spec.kafka.metricsConfig is missing: the brokers export no metrics",
                "Deployment/numguard-dev/complaint-service: no NetworkPolicy lets Prometheus's namespace reach "
                        + "metrics port 8080");
        assertThat(problems).anyMatch(p -> p.startsWith("Cluster/numguard-dev/numguard-pg: no PodMonitor scrapes "
                + "port metrics"));
    }

    @Test
    void theKeycloakAdminConsoleOnTheProdIngress() {
        assertThat(problemsAfter("prod", o -> ingressPath(o, "keycloak.numguard.example.gov", 0).put("path", "/")))
                .contains("Ingress/numguard/numguard-api: keycloak.numguard.example.gov/ publishes Keycloak beyond "
                        + "its realm endpoints [/realms/, /resources/] (the admin console lives under /admin/)");
    }

    @Test
    void theConsolesStartPageAsAPrefixPublishesItsQEndpoints() {
        // the start page is routed Exact: as a Prefix, "/" would publish /q/metrics and /q/health as well
        ObjectNode start = ingressPath(Fixtures.render("prod"), "console.numguard.example.gov", 0);
        assertThat(start.path("path").asText() + " " + start.path("pathType").asText()).isEqualTo("/ Exact");
        assertThat(problemsAfter("prod", o -> ingressPath(o, "console.numguard.example.gov", 0)
                .put("pathType", "Prefix")))
                .containsExactly("Ingress/numguard/numguard-api: console.numguard.example.gov/ publishes console's "
                        + "/q endpoints (health, metrics, OpenAPI)");
    }

    private static ObjectNode ingressPath(List<ObjectNode> objects, String host, int index) {
        for (JsonNode rule : find(objects, "Ingress", "numguard-api").path("spec").path("rules")) {
            if (rule.path("host").asText().equals(host)) {
                return (ObjectNode) rule.path("http").path("paths").get(index);
            }
        }
        throw new AssertionError("no Ingress rule for " + host);
    }

    @Test
    void prodWithoutZoneSpreadOrKafkaRackAwareness() {
        List<String> problems = problemsAfter("prod", o -> {
            ((ObjectNode) find(o, "Kafka", "numguard").path("spec").path("kafka")).remove("rack");
            ((ObjectNode) find(o, "Deployment", "number-registry-service").path("spec").path("template")
                    .path("spec")).remove("topologySpreadConstraints");
            ((ObjectNode) find(o, "Cluster", "numguard-pg").path("spec")).remove("topologySpreadConstraints");
        });
        assertThat(problems).contains(
                "Kafka/numguard/numguard: 3 brokers but spec.kafka.rack.topologyKey is not topology.kubernetes.io/zone "
                        + "(replicas of a partition could share a zone)",
                "Deployment/numguard/number-registry-service: runs at least two pods but no topologySpreadConstraint "
                        + "on topology.kubernetes.io/zone selects them",
                "Cluster/numguard/numguard-pg: 3 instances but neither affinity.topologyKey nor a "
                        + "topologySpreadConstraint is topology.kubernetes.io/zone");
        // dev runs one of each: nothing to spread
        assertThat(problemsAfter(o -> { })).noneMatch(p -> p.contains("topology.kubernetes.io/zone"));
    }

    @Test
    void aScaledObjectBesideAnHpaOnAnotherGroupOrBeyondThePartitions() {
        assertThat(problemsAfter("prod-keda", o -> o.add(Fixtures.render("prod").stream()
                .filter(x -> Resources.kind(x).equals("HorizontalPodAutoscaler")
                        && Resources.name(x).equals("complaint-service")).findFirst().orElseThrow())))
                .contains("ScaledObject/numguard/complaint-service: HorizontalPodAutoscaler/numguard/complaint-service "
                        + "scales Deployment/complaint-service too; remove it (KEDA makes its own HPA)");
        List<String> problems = problemsAfter("prod-keda", o -> {
            ObjectNode so = find(o, "ScaledObject", "complaint-service");
            ((ObjectNode) so.path("spec").path("triggers").get(0).path("metadata"))
                    .put("consumerGroup", "numguard-enforcement");
            ((ObjectNode) so.get("spec")).put("maxReplicaCount", 12);
        });
        assertThat(problems).anyMatch(p -> p.startsWith("ScaledObject/numguard/complaint-service: consumerGroup "
                + "numguard-enforcement is not a group complaint-service consumes in"));
        assertThat(problems).anyMatch(p -> p.contains("maxReplicaCount 12 but topic") && p.contains("6 partitions"));
    }

    @Test
    void anUnknownKind() {
        assertThat(problemsAfter(o -> find(o, "KafkaUser", "carrier-ct").put("apiVersion", "kafka.strimzi.io/v1beta1")))
                .anyMatch(p -> p.contains("unknown kind kafka.strimzi.io/v1beta1 KafkaUser"));
    }

    @Test
    void theRendererFailsLoudlyOnWhatItDoesNotImplement(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\nconfigMapGenerator: []\n");
        Files.writeString(dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n");
        assertThatThrownBy(() -> new KustomizeRenderer().render(dir)).isInstanceOf(RenderException.class)
                .hasMessageContaining("configMapGenerator");
        Files.writeString(dir.resolve("kustomization.yaml"), "resources: [cm.yaml]\npatches:\n  - target: {kind: "
                + "ConfigMap}\n    patch: |-\n      - op: move\n        from: /a\n        path: /b\n");
        assertThatThrownBy(() -> new KustomizeRenderer().render(dir)).hasMessageContaining("op `move`");
    }
}
