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

/** A Kafka is rendered and every topic of the contract and its dead-letter twin is a KafkaTopic: compacted exactly
 * when the contract says, no more replicas than brokers, min.insync.replicas leaving one broker of slack. */
final class KafkaTopicCheck implements Check {
    @Override
    public void check(Index idx, Consumer<String> p) {
        Map<String, ObjectNode> topics = new HashMap<>();
        for (ObjectNode t : idx.ofKind("KafkaTopic")) {
            topics.put(t.path("spec").path("topicName").asText(Resources.name(t)), t);
        }
        int brokers = 0;
        for (ObjectNode pool : idx.ofKind("KafkaNodePool")) {
            if (pool.path("spec").path("roles").toString().contains("\"broker\"")) {
                brokers += pool.path("spec").path("replicas").asInt();
            }
        }
        if (idx.ofKind("Kafka").isEmpty()) {
            p.accept("Kafka: no Kafka cluster rendered");
        }
        for (String topic : Topics.ALL) {
            for (String name : List.of(topic, Topics.dlq(topic))) {
                ObjectNode t = topics.get(name);
                if (t == null) {
                    p.accept("KafkaTopic " + name + " of the contract is missing");
                    continue;
                }
                String policy = t.path("spec").path("config").path("cleanup.policy").asText("delete");
                boolean compacted = Topics.COMPACTED.contains(name);
                if (compacted != policy.contains("compact")) {
                    p.accept(Resources.id(t) + ": cleanup.policy is " + policy + ", the contract says "
                            + (compacted ? "compact" : "delete"));
                }
                int replicas = t.path("spec").path("replicas").asInt();
                int minIsr = t.path("spec").path("config").path("min.insync.replicas").asInt(1);
                if (replicas > brokers) {
                    p.accept(Resources.id(t) + ": " + replicas + " replicas but " + brokers + " brokers");
                }
                if (minIsr > replicas || (replicas > 1 && minIsr >= replicas)) {
                    p.accept(Resources.id(t) + ": min.insync.replicas " + minIsr + " with " + replicas
                            + " replicas (one broker down must not stop producers)");
                }
            }
        }
    }
}
