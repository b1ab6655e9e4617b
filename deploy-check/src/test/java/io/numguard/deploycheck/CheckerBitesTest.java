package io.numguard.deploycheck;

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
        List<ObjectNode> objects = Fixtures.render("dev");
        breakIt.accept(objects);
        return Fixtures.checker("dev").check(objects);
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
