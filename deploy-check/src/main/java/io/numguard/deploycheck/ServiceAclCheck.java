package io.numguard.deploycheck;

import io.numguard.contracts.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Each service's KafkaUser (named after its OAuth client) reads exactly what its code consumes, writes exactly what
 * its code produces plus the dead-letter twins of what it consumes, and may read its consumer groups. */
final class ServiceAclCheck implements Check {
    private final List<ServiceConfig> services;

    ServiceAclCheck(List<ServiceConfig> services) {
        this.services = services;
    }

    @Override
    public void check(Index idx, Consumer<String> p) {
        for (ServiceConfig s : services) {
            ObjectNode d = idx.get("Deployment", s.module());
            if (d == null) {
                p.accept("Deployment " + s.module() + " is missing");
                continue;
            }
            if (!s.usesKafka()) {
                continue; // no broker client, no principal: nothing to hold to the bus table
            }
            // the broker's principal is the OAuth client the service logs in with (the token's client_id)
            String client = s.properties().get("quarkus.oidc.client-id");
            ObjectNode ku = client == null ? null : idx.get("KafkaUser", client);
            if (ku == null) {
                p.accept(Resources.id(d) + ": no rendered KafkaUser named after its OAuth client " + client
                        + " (the broker principal)");
                continue;
            }
            Map<String, Set<String>> topicOps = KafkaAcls.topicOperations(ku);
            Set<String> groupPrefixes = KafkaAcls.groupPrefixes(ku);
            String id = Resources.id(ku) + " (" + s.module() + ")";
            Set<String> read = new HashSet<>(s.consumedTopics());
            read.addAll(s.followerTopics());
            Set<String> write = new HashSet<>(s.producedTopics());
            s.consumedTopics().forEach(t -> write.add(Topics.dlq(t)));
            topicOps.forEach((t, ops) -> {
                if (ops.contains("Read") && !read.contains(t)) {
                    p.accept(id + ": may read " + t + ", which the service does not consume");
                }
                if (ops.contains("Write") && !write.contains(t)) {
                    p.accept(id + ": may write " + t + ", which the service does not produce");
                }
            });
            read.forEach(t -> {
                if (!topicOps.getOrDefault(t, Set.of()).contains("Read")) {
                    p.accept(id + ": cannot read " + t + ", which the service consumes");
                }
            });
            write.forEach(t -> {
                if (!topicOps.getOrDefault(t, Set.of()).contains("Write")) {
                    p.accept(id + ": cannot write " + t + ", which the service produces (or dead-letters to)");
                }
            });
            for (String g : s.groupIds()) {
                String fixed = g.replace("${quarkus.uuid}", "");
                boolean ok = groupPrefixes.stream().anyMatch(pre -> pre.endsWith("*")
                        ? fixed.startsWith(pre.substring(0, pre.length() - 1)) : pre.equals(g));
                if (!ok) {
                    p.accept(id + ": no Read ACL for consumer group " + g);
                }
            }
        }
    }
}
