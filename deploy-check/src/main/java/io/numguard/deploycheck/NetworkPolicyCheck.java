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

/** A default-deny policy exists, every policy's selectors and peers select pods of this overlay, every Deployment
 * has its own policy for ingress and egress. */
final class NetworkPolicyCheck implements Check {
    @Override
    public void check(Index idx, Consumer<String> p) {
        List<ObjectNode> policies = idx.ofKind("NetworkPolicy");
        boolean defaultDeny = policies.stream().anyMatch(np -> np.path("spec").path("podSelector").isEmpty()
                && np.path("spec").path("policyTypes").toString().contains("Ingress")
                && np.path("spec").path("policyTypes").toString().contains("Egress")
                && !np.path("spec").has("ingress") && !np.path("spec").has("egress"));
        if (!defaultDeny) {
            p.accept("NetworkPolicy: no default-deny policy (empty podSelector, Ingress and Egress, no rules)");
        }
        for (ObjectNode np : policies) {
            String id = Resources.id(np);
            Map<String, String> sel = Resources.stringMap(np.path("spec").path("podSelector").path("matchLabels"));
            if (!sel.isEmpty() && idx.pods.values().stream().noneMatch(l -> Index.selects(sel, l))) {
                p.accept(id + ": podSelector " + sel + " selects no pod of this overlay");
            }
            for (String dir : List.of("ingress", "egress")) {
                for (JsonNode rule : np.path("spec").path(dir)) {
                    for (JsonNode peer : rule.path(dir.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                            Map<String, String> ps = Resources.stringMap(peer.path("podSelector").path("matchLabels"));
                            if (!ps.isEmpty() && idx.pods.values().stream().noneMatch(l -> Index.selects(ps, l))) {
                                p.accept(id + ": " + dir + " peer " + ps + " selects no pod of this overlay");
                            }
                        }
                    }
                }
            }
        }
        for (ObjectNode d : idx.ofKind("Deployment")) {
            Map<String, String> labels = Resources.stringMap(d.path("spec").path("template").path("metadata")
                    .path("labels"));
            boolean own = policies.stream().anyMatch(np -> Index.selects(Resources.stringMap(np.path("spec")
                    .path("podSelector").path("matchLabels")), labels) && np.path("spec").has("egress")
                    && np.path("spec").has("ingress"));
            if (!own) {
                p.accept(Resources.id(d) + ": no NetworkPolicy of its own allows its ingress and egress");
            }
        }
    }
}
