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

/** What a KafkaUser's ACLs allow. */
final class KafkaAcls {
    private KafkaAcls() {
    }

    /** topic -> operations the KafkaUser's ACLs allow on it (literal topic names). */
    static Map<String, Set<String>> topicOperations(ObjectNode ku) {
        Map<String, Set<String>> topicOps = new HashMap<>();
        for (JsonNode acl : ku.path("spec").path("authorization").path("acls")) {
            if (acl.path("resource").path("type").asText().equals("topic")) {
                Set<String> ops = topicOps.computeIfAbsent(acl.path("resource").path("name").asText(),
                        k -> new HashSet<>());
                acl.path("operations").forEach(o -> ops.add(o.asText()));
            }
        }
        return topicOps;
    }

    /** Consumer groups the KafkaUser may read: a literal name, or a prefix followed by {@code *}. */
    static Set<String> groupPrefixes(ObjectNode ku) {
        Set<String> groupPrefixes = new HashSet<>();
        for (JsonNode acl : ku.path("spec").path("authorization").path("acls")) {
            JsonNode r = acl.path("resource");
            if (r.path("type").asText().equals("group") && acl.path("operations").toString().contains("\"Read\"")) {
                groupPrefixes.add(r.path("name").asText() + (r.path("patternType").asText().equals("prefix")
                        ? "*" : ""));
            }
        }
        return groupPrefixes;
    }
}
