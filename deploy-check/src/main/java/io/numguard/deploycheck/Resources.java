package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Small accessors for Kubernetes objects as trees. */
public final class Resources {
    /** Kinds that live outside namespaces (of those this project may use). */
    public static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "StorageClass", "PersistentVolume", "IngressClass", "PriorityClass");

    private Resources() {
    }

    public static String apiVersion(JsonNode o) {
        return o.path("apiVersion").asText("");
    }

    public static String group(JsonNode o) {
        String v = apiVersion(o);
        return v.contains("/") ? v.substring(0, v.indexOf('/')) : "";
    }

    public static String version(JsonNode o) {
        String v = apiVersion(o);
        return v.contains("/") ? v.substring(v.indexOf('/') + 1) : v;
    }

    public static String kind(JsonNode o) {
        return o.path("kind").asText("");
    }

    public static String name(JsonNode o) {
        return o.path("metadata").path("name").asText("");
    }

    public static String namespace(JsonNode o) {
        return o.path("metadata").path("namespace").asText("");
    }

    public static String id(JsonNode o) {
        String ns = namespace(o);
        return kind(o) + "/" + (ns.isEmpty() ? "" : ns + "/") + name(o);
    }

    public static Map<String, String> labels(JsonNode o) {
        return stringMap(o.path("metadata").path("labels"));
    }

    public static Map<String, String> stringMap(JsonNode node) {
        Map<String, String> m = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        }
        return m;
    }

    public static ObjectNode objectAt(ObjectNode root, String... path) {
        ObjectNode cur = root;
        for (String p : path) {
            JsonNode next = cur.get(p);
            if (next == null || !next.isObject()) {
                next = cur.putObject(p);
            }
            cur = (ObjectNode) next;
        }
        return cur;
    }
}
