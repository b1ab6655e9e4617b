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

/** What selects or targets a workload finds it: Service selectors and target ports, PDB selectors, HPA targets; a
 * Deployment selects its own pods, leaves replicas to its HPA and has a PDB. */
final class WorkloadCheck implements Check {
    @Override
    public void check(Index idx, Consumer<String> p) {
        for (ObjectNode s : idx.ofKind("Service")) {
            Map<String, String> sel = Resources.stringMap(s.path("spec").path("selector"));
            List<ObjectNode> targets = idx.ofKind("Deployment").stream().filter(d -> Index.selects(sel,
                    Resources.stringMap(d.path("spec").path("template").path("metadata").path("labels")))).toList();
            if (targets.isEmpty()) {
                p.accept(Resources.id(s) + ": selector " + sel + " matches no Deployment's pods");
            }
            for (JsonNode port : s.path("spec").path("ports")) {
                JsonNode tp = port.path("targetPort");
                for (ObjectNode d : targets) {
                    if (tp.isTextual() && !Index.containerPorts(d).contains(tp.asText())) {
                        p.accept(Resources.id(s) + ": targetPort " + tp.asText() + " is no port of " + Resources.id(d));
                    }
                }
            }
        }
        for (ObjectNode pdb : idx.ofKind("PodDisruptionBudget")) {
            Map<String, String> sel = Resources.stringMap(pdb.path("spec").path("selector").path("matchLabels"));
            if (idx.pods.values().stream().noneMatch(l -> Index.selects(sel, l))) {
                p.accept(Resources.id(pdb) + ": selector " + sel + " matches no pods");
            }
        }
        Set<String> scaled = new HashSet<>();
        for (ObjectNode hpa : idx.ofKind("HorizontalPodAutoscaler")) {
            JsonNode ref = hpa.path("spec").path("scaleTargetRef");
            if (idx.get(ref.path("kind").asText(), ref.path("name").asText()) == null) {
                p.accept(Resources.id(hpa) + ": scaleTargetRef " + ref.path("kind").asText() + "/"
                        + ref.path("name").asText() + " is not rendered");
            }
            scaled.add(ref.path("kind").asText() + "/" + ref.path("name").asText());
        }
        for (ObjectNode so : idx.ofKind("ScaledObject")) {
            JsonNode ref = so.path("spec").path("scaleTargetRef");
            scaled.add(ref.path("kind").asText("Deployment") + "/" + ref.path("name").asText());
        }
        for (ObjectNode d : idx.ofKind("Deployment")) {
            String id = Resources.id(d);
            Map<String, String> podLabels = Resources.stringMap(d.path("spec").path("template").path("metadata")
                    .path("labels"));
            if (!Index.selects(Resources.stringMap(d.path("spec").path("selector").path("matchLabels")), podLabels)) {
                p.accept(id + ": selector does not match its own pod template");
            }
            if (scaled.contains("Deployment/" + Resources.name(d)) && d.path("spec").has("replicas")) {
                p.accept(id + ": has replicas although an autoscaler (HPA or KEDA) scales it");
            }
            if (idx.ofKind("PodDisruptionBudget").stream().noneMatch(b -> Index.selects(Resources.stringMap(
                    b.path("spec").path("selector").path("matchLabels")), podLabels))) {
                p.accept(id + ": no PodDisruptionBudget covers its pods");
            }
        }
    }
}
