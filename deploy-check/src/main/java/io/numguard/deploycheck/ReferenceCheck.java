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

/** Every reference to a ConfigMap, Secret (and key), Service, Cluster, Keycloak or Kafka resolves: to a rendered
 * object, to a Secret an operator writes for a rendered custom resource, or to one listed as provided
 * (prod: required-secrets.yaml). */
final class ReferenceCheck implements Check {
    /** Secrets that exist before the overlay is applied (prod: required-secrets.yaml): name -> keys. */
    private final Map<String, Set<String>> externalSecrets;

    ReferenceCheck(Map<String, Set<String>> externalSecrets) {
        this.externalSecrets = externalSecrets;
    }

    @Override
    public void check(Index idx, Consumer<String> p) {
        for (ObjectNode o : idx.all) {
            String id = Resources.id(o);
            walk(o, node -> {
                JsonNode cm = node.get("configMapKeyRef");
                if (cm != null) {
                    configMapKey(idx, id, cm.path("name").asText(), cm.path("key").asText(), p);
                }
                JsonNode sk = node.get("secretKeyRef");
                if (sk != null) {
                    secretKey(idx, id, sk.path("name").asText(), sk.path("key").asText(), p);
                }
                if (node.has("configMapRef")) {
                    configMapKey(idx, id, node.get("configMapRef").path("name").asText(), null, p);
                }
                if (node.has("secretRef")) {
                    secretKey(idx, id, node.get("secretRef").path("name").asText(), null, p);
                }
                JsonNode sv = node.get("secret");
                if (sv != null && sv.has("secretName")) {
                    if (sv.has("items")) {
                        sv.get("items").forEach(i -> secretKey(idx, id, sv.get("secretName").asText(),
                                i.path("key").asText(), p));
                    } else {
                        secretKey(idx, id, sv.get("secretName").asText(), null, p);
                    }
                }
            });
            switch (Resources.kind(o)) {
                case "Ingress" -> {
                    o.path("spec").path("tls").forEach(t -> secretKey(idx, id, t.path("secretName").asText(), null, p));
                    o.path("spec").path("rules").forEach(r -> r.path("http").path("paths").forEach(path -> {
                        JsonNode svc = path.path("backend").path("service");
                        String name = svc.path("name").asText();
                        ObjectNode target = idx.get("Service", name);
                        if (target == null && !operatorService(idx, name)) {
                            p.accept(id + ": backend Service " + name + " is not rendered");
                        } else if (target != null && svc.path("port").has("name") && !hasPort(target,
                                svc.path("port").path("name").asText())) {
                            p.accept(id + ": Service " + name + " has no port " + svc.path("port").path("name"));
                        }
                    }));
                }
                case "Cluster" -> {
                    JsonNode initdb = o.path("spec").path("bootstrap").path("initdb");
                    if (initdb.has("secret")) {
                        secretKey(idx, id, initdb.path("secret").path("name").asText(), "password", p);
                    }
                    o.path("spec").path("managed").path("roles").forEach(r -> {
                        String s = r.path("passwordSecret").path("name").asText();
                        secretKey(idx, id, s, "username", p);
                        secretKey(idx, id, s, "password", p);
                    });
                }
                case "Database" -> {
                    ObjectNode cluster = idx.get("Cluster", o.path("spec").path("cluster").path("name").asText());
                    if (cluster == null) {
                        p.accept(id + ": Cluster " + o.path("spec").path("cluster").path("name") + " is not rendered");
                    } else if (!managedRoles(cluster).contains(o.path("spec").path("owner").asText())) {
                        p.accept(id + ": owner " + o.path("spec").path("owner") + " is not a managed role of the cluster");
                    }
                }
                case "Keycloak" -> {
                    JsonNode db = o.path("spec").path("db");
                    for (String f : List.of("usernameSecret", "passwordSecret")) {
                        if (db.has(f)) {
                            secretKey(idx, id, db.path(f).path("name").asText(), db.path(f).path("key").asText(), p);
                        }
                    }
                }
                case "KeycloakRealmImport" -> {
                    if (idx.get("Keycloak", o.path("spec").path("keycloakCRName").asText()) == null) {
                        p.accept(id + ": Keycloak " + o.path("spec").path("keycloakCRName") + " is not rendered");
                    }
                    o.path("spec").path("placeholders").forEach(ph -> secretKey(idx, id,
                            ph.path("secret").path("name").asText(), ph.path("secret").path("key").asText(), p));
                }
                case "TriggerAuthentication" -> {
                    o.path("spec").path("secretTargetRef").forEach(r -> secretKey(idx, id, r.path("name").asText(),
                            r.path("key").asText(), p));
                    o.path("spec").path("configMapTargetRef").forEach(r -> configMapKey(idx, id,
                            r.path("name").asText(), r.path("key").asText(), p));
                }
                case "KafkaTopic", "KafkaUser", "KafkaNodePool" -> {
                    if (idx.get("Kafka", Resources.labels(o).getOrDefault("strimzi.io/cluster", "")) == null) {
                        p.accept(id + ": label strimzi.io/cluster names no rendered Kafka");
                    }
                }
                default -> {
                }
            }
        }
    }

    private static boolean operatorService(Index idx, String name) {
        return idx.ofKind("Keycloak").stream().anyMatch(k -> name.equals(Resources.name(k) + "-service"));
    }

    private static Set<String> managedRoles(JsonNode cluster) {
        Set<String> roles = new HashSet<>();
        cluster.path("spec").path("managed").path("roles").forEach(r -> roles.add(r.path("name").asText()));
        roles.add(cluster.path("spec").path("bootstrap").path("initdb").path("owner").asText());
        return roles;
    }

    private static boolean hasPort(JsonNode service, String name) {
        for (JsonNode port : service.path("spec").path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void configMapKey(Index idx, String id, String name, String key, Consumer<String> p) {
        Set<String> keys = idx.configMaps.get(name);
        if (keys == null) {
            p.accept(id + ": ConfigMap " + name + " is not rendered");
        } else if (key != null && !keys.contains(key)) {
            p.accept(id + ": ConfigMap " + name + " has no key " + key);
        }
    }

    private void secretKey(Index idx, String id, String name, String key, Consumer<String> p) {
        Set<String> keys = idx.secrets.containsKey(name) ? idx.secrets.get(name) : externalSecrets.get(name);
        if (keys == null) {
            p.accept(id + ": Secret " + name + " is neither rendered, nor written by an operator for a rendered "
                    + "resource, nor listed as provided (required-secrets.yaml)");
        } else if (key != null && !keys.contains(key)) {
            p.accept(id + ": Secret " + name + " has no key " + key);
        }
    }

    private static void walk(JsonNode node, Consumer<JsonNode> visit) {
        if (node.isObject()) {
            visit.accept(node);
            node.elements().forEachRemaining(n -> walk(n, visit));
        } else if (node.isArray()) {
            node.forEach(n -> walk(n, visit));
        }
    }
}
