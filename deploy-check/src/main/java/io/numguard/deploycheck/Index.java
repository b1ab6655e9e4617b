package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** The rendered objects, by kind and name, with what the operators will create from them. */
final class Index {
    final List<ObjectNode> all;
    final Map<String, ObjectNode> byKindName = new HashMap<>();
    /** Secrets that exist after apply: rendered, or written by an operator for a rendered custom resource. */
    final Map<String, Set<String>> secrets = new HashMap<>();
    final Map<String, Set<String>> configMaps = new HashMap<>();
    /** Label sets of the pods that will run: Deployments' templates and the operators' pods. */
    final Map<String, Map<String, String>> pods = new LinkedHashMap<>();

    Index(List<ObjectNode> all) {
        this.all = all;
        for (ObjectNode o : all) {
            byKindName.put(Resources.kind(o) + "/" + Resources.name(o), o);
            String name = Resources.name(o);
            switch (Resources.kind(o)) {
                case "Secret" -> secrets.put(name, keys(o, "data", "stringData"));
                case "ConfigMap" -> configMaps.put(name, keys(o, "data", "binaryData"));
                case "Deployment", "StatefulSet" -> pods.put(Resources.id(o),
                        Resources.stringMap(o.path("spec").path("template").path("metadata").path("labels")));
                case "Kafka" -> {
                    secrets.put(name + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
                    pods.put("Kafka broker " + name, Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                            "strimzi.io/broker-role", "true"));
                    pods.put("Kafka controller " + name, Map.of("strimzi.io/cluster", name,
                            "strimzi.io/kind", "Kafka", "strimzi.io/controller-role", "true"));
                }
                case "KafkaUser" -> {
                    // Strimzi writes a credentials Secret only for users it authenticates itself (SCRAM, TLS);
                    // OAuth clients log in with realm tokens and get ACLs only
                    if (o.path("spec").has("authentication")) {
                        secrets.put(name, Set.of("password", "sasl.jaas.config"));
                    }
                }
                case "Cluster" -> {
                    secrets.put(name + "-ca", Set.of("ca.crt", "ca.key"));
                    pods.put("PostgreSQL " + name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"));
                }
                case "Keycloak" -> {
                    secrets.put(name + "-initial-admin", Set.of("username", "password"));
                    pods.put("Keycloak " + name, Map.of("app", "keycloak", "app.kubernetes.io/instance", name,
                            "app.kubernetes.io/managed-by", "keycloak-operator"));
                }
                default -> {
                }
            }
        }
    }

    private static Set<String> keys(JsonNode o, String... fields) {
        Set<String> keys = new HashSet<>();
        for (String f : fields) {
            o.path(f).fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    ObjectNode get(String kind, String name) {
        return byKindName.get(kind + "/" + name);
    }

    List<ObjectNode> ofKind(String kind) {
        return all.stream().filter(o -> Resources.kind(o).equals(kind)).toList();
    }

    /** A non-empty selector selects the labels that contain all of it. */
    static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    static Map<String, String> podLabels(JsonNode workload) {
        return Resources.stringMap(workload.path("spec").path("template").path("metadata").path("labels"));
    }

    /** Names and numbers of the workload's container ports. */
    static Set<String> containerPorts(JsonNode d) {
        Set<String> ports = new HashSet<>();
        d.path("spec").path("template").path("spec").path("containers").forEach(c -> c.path("ports").forEach(port -> {
            ports.add(port.path("name").asText());
            ports.add(port.path("containerPort").asText());
        }));
        return ports;
    }
}
