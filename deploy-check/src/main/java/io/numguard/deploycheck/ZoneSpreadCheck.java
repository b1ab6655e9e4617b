package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Where an overlay runs more than one of a thing, a zone lost must not take all of them: a Deployment that always
 * runs two or more pods (replicas, HPA minReplicas or KEDA minReplicaCount) spreads them over
 * topology.kubernetes.io/zone; a Kafka with several brokers is rack-aware on the zone; a CNPG Cluster of several
 * instances spreads them over zones.
 */
final class ZoneSpreadCheck implements Check {
    static final String ZONE = "topology.kubernetes.io/zone";

    @Override
    public void check(Index idx, Consumer<String> p) {
        for (ObjectNode d : idx.ofKind("Deployment")) {
            if (minimumPods(idx, d) < 2) {
                continue;
            }
            Map<String, String> labels = Index.podLabels(d);
            JsonNode pod = d.path("spec").path("template").path("spec");
            if (!spreadOverZones(pod.path("topologySpreadConstraints"), labels)) {
                p.accept(Resources.id(d) + ": runs at least two pods but no topologySpreadConstraint on " + ZONE
                        + " selects them");
            }
        }
        for (ObjectNode k : idx.ofKind("Kafka")) {
            int brokers = 0;
            for (ObjectNode pool : idx.ofKind("KafkaNodePool")) {
                if (Resources.labels(pool).getOrDefault("strimzi.io/cluster", "").equals(Resources.name(k))
                        && pool.path("spec").path("roles").toString().contains("\"broker\"")) {
                    brokers += pool.path("spec").path("replicas").asInt();
                }
            }
            if (brokers > 1 && !ZONE.equals(k.path("spec").path("kafka").path("rack").path("topologyKey").asText())) {
                p.accept(Resources.id(k) + ": " + brokers + " brokers but spec.kafka.rack.topologyKey is not " + ZONE
                        + " (replicas of a partition could share a zone)");
            }
        }
        for (ObjectNode c : idx.ofKind("Cluster")) {
            if (c.path("spec").path("instances").asInt(1) < 2) {
                continue;
            }
            boolean zoned = ZONE.equals(c.path("spec").path("affinity").path("topologyKey").asText())
                    || spreadOverZones(c.path("spec").path("topologySpreadConstraints"),
                    Map.of("cnpg.io/cluster", Resources.name(c), "cnpg.io/podRole", "instance"));
            if (!zoned) {
                p.accept(Resources.id(c) + ": " + c.path("spec").path("instances").asInt()
                        + " instances but neither affinity.topologyKey nor a topologySpreadConstraint is " + ZONE);
            }
        }
    }

    private static boolean spreadOverZones(JsonNode constraints, Map<String, String> podLabels) {
        for (JsonNode tsc : constraints) {
            if (ZONE.equals(tsc.path("topologyKey").asText()) && Index.selects(Resources.stringMap(
                    tsc.path("labelSelector").path("matchLabels")), podLabels)) {
                return true;
            }
        }
        return false;
    }

    /** The fewest pods the Deployment runs: its replicas, or the floor its autoscaler keeps. */
    private static int minimumPods(Index idx, ObjectNode d) {
        String name = Resources.name(d);
        int min = d.path("spec").path("replicas").asInt(1);
        for (ObjectNode hpa : idx.ofKind("HorizontalPodAutoscaler")) {
            if (hpa.path("spec").path("scaleTargetRef").path("name").asText().equals(name)) {
                min = hpa.path("spec").path("minReplicas").asInt(1);
            }
        }
        for (ObjectNode so : idx.ofKind("ScaledObject")) {
            if (so.path("spec").path("scaleTargetRef").path("name").asText().equals(name)) {
                min = so.path("spec").path("minReplicaCount").asInt(0);
            }
        }
        return min;
    }
}
