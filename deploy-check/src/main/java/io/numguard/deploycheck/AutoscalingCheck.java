package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * KEDA ScaledObjects: the target is rendered and no HorizontalPodAutoscaler also scales it (KEDA makes an HPA of its
 * own; two fight); a kafka trigger reads a listener of a rendered Kafka, the consumer group the target's service
 * consumes in (and only topics it consumes), and never asks for more replicas than the fewest partitions of those
 * topics (a consumer beyond that sits idle); its TriggerAuthentication is rendered.
 */
final class AutoscalingCheck implements Check {
    private final List<ServiceConfig> services;

    AutoscalingCheck(List<ServiceConfig> services) {
        this.services = services;
    }

    @Override
    public void check(Index idx, Consumer<String> p) {
        Map<String, Integer> partitions = new HashMap<>();
        for (ObjectNode t : idx.ofKind("KafkaTopic")) {
            partitions.put(t.path("spec").path("topicName").asText(Resources.name(t)),
                    t.path("spec").path("partitions").asInt(1));
        }
        for (ObjectNode so : idx.ofKind("ScaledObject")) {
            String id = Resources.id(so);
            JsonNode ref = so.path("spec").path("scaleTargetRef");
            String kind = ref.path("kind").asText("Deployment");
            String target = ref.path("name").asText();
            if (idx.get(kind, target) == null) {
                p.accept(id + ": scaleTargetRef " + kind + "/" + target + " is not rendered");
            }
            for (ObjectNode hpa : idx.ofKind("HorizontalPodAutoscaler")) {
                JsonNode h = hpa.path("spec").path("scaleTargetRef");
                if (h.path("kind").asText().equals(kind) && h.path("name").asText().equals(target)) {
                    p.accept(id + ": " + Resources.id(hpa) + " scales " + kind + "/" + target + " too; remove it "
                            + "(KEDA makes its own HPA)");
                }
            }
            int max = so.path("spec").path("maxReplicaCount").asInt(100);
            if (so.path("spec").path("minReplicaCount").asInt(0) > max) {
                p.accept(id + ": minReplicaCount above maxReplicaCount");
            }
            ServiceConfig service = services.stream().filter(s -> s.module().equals(target)).findFirst().orElse(null);
            for (JsonNode trigger : so.path("spec").path("triggers")) {
                JsonNode auth = trigger.path("authenticationRef");
                if (!auth.isMissingNode() && idx.get(auth.path("kind").asText("TriggerAuthentication"),
                        auth.path("name").asText()) == null) {
                    p.accept(id + ": authenticationRef " + auth.path("name").asText() + " is not rendered");
                }
                if (trigger.path("type").asText().equals("kafka")) {
                    kafka(idx, id, trigger.path("metadata"), service, max, partitions, p);
                }
            }
        }
    }

    private static void kafka(Index idx, String id, JsonNode meta, ServiceConfig service, int max,
                              Map<String, Integer> partitions, Consumer<String> p) {
        String bootstrap = meta.path("bootstrapServers").asText();
        boolean listener = idx.ofKind("Kafka").stream().anyMatch(k -> {
            for (JsonNode l : k.path("spec").path("kafka").path("listeners")) {
                if (bootstrap.equals(Resources.name(k) + "-kafka-bootstrap:" + l.path("port").asText())) {
                    return true;
                }
            }
            return false;
        });
        if (!listener) {
            p.accept(id + ": bootstrapServers " + bootstrap + " is no listener of a rendered Kafka");
        }
        if (service == null) {
            p.accept(id + ": a kafka trigger on a target that is not one of the services");
            return;
        }
        String group = meta.path("consumerGroup").asText();
        if (!service.groupIds().contains(group)) {
            p.accept(id + ": consumerGroup " + group + " is not a group " + service.module() + " consumes in "
                    + service.groupIds());
        }
        List<String> topics = meta.has("topic") ? List.of(meta.path("topic").asText())
                : List.copyOf(service.consumedTopics());
        for (String t : topics) {
            if (!service.consumedTopics().contains(t)) {
                p.accept(id + ": topic " + t + " is not consumed by " + service.module());
            } else if (partitions.getOrDefault(t, 1) < max) {
                p.accept(id + ": maxReplicaCount " + max + " but topic " + t + " has " + partitions.getOrDefault(t, 1)
                        + " partitions (the extra consumers sit idle)");
            }
        }
    }
}
