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

/** Each Deployment's pods: non-root, RuntimeDefault seccomp, read-only root with an emptyDir /tmp, no privilege
 * escalation, ALL capabilities dropped, memory requests and limits, a CPU request, the three Quarkus health probes
 * and a pinned image tag. */
final class HardeningCheck implements Check {
    @Override
    public void check(Index idx, Consumer<String> p) {
        idx.ofKind("Deployment").forEach(d -> harden(d, p));
    }

    private static void harden(ObjectNode d, Consumer<String> p) {
        String id = Resources.id(d);
        JsonNode pod = d.path("spec").path("template").path("spec");
        JsonNode psc = pod.path("securityContext");
        if (!psc.path("runAsNonRoot").asBoolean(false)) {
            p.accept(id + ": pod securityContext.runAsNonRoot must be true");
        }
        if (!"RuntimeDefault".equals(psc.path("seccompProfile").path("type").asText())) {
            p.accept(id + ": pod seccompProfile must be RuntimeDefault");
        }
        Set<String> emptyDirs = new HashSet<>();
        pod.path("volumes").forEach(v -> {
            if (v.has("emptyDir")) {
                emptyDirs.add(v.path("name").asText());
            }
        });
        for (JsonNode c : pod.path("containers")) {
            String cid = id + " container " + c.path("name").asText();
            JsonNode sc = c.path("securityContext");
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                p.accept(cid + ": readOnlyRootFilesystem must be true");
            }
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                p.accept(cid + ": allowPrivilegeEscalation must be false");
            }
            if (!sc.path("capabilities").path("drop").toString().contains("\"ALL\"")) {
                p.accept(cid + ": must drop ALL capabilities");
            }
            boolean tmp = false;
            for (JsonNode m : c.path("volumeMounts")) {
                tmp |= m.path("mountPath").asText().equals("/tmp") && emptyDirs.contains(m.path("name").asText());
            }
            if (!tmp) {
                p.accept(cid + ": /tmp must be an emptyDir (the root filesystem is read-only)");
            }
            for (String r : List.of("requests", "limits")) {
                if (!c.path("resources").path(r).has("memory")) {
                    p.accept(cid + ": resources." + r + ".memory missing");
                }
            }
            if (!c.path("resources").path("requests").has("cpu")) {
                p.accept(cid + ": resources.requests.cpu missing");
            }
            Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "livenessProbe",
                    "/q/health/live", "readinessProbe", "/q/health/ready");
            probes.forEach((probe, path) -> {
                if (!path.equals(c.path(probe).path("httpGet").path("path").asText())) {
                    p.accept(cid + ": " + probe + " must GET " + path);
                }
            });
            String image = c.path("image").asText();
            String tag = image.substring(KustomizeRenderer.imageName(image).length());
            if (tag.isEmpty() || tag.equals(":latest")) {
                p.accept(cid + ": image " + image + " has no fixed tag or digest");
            }
        }
    }
}
