package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.numguard.contracts.Topics;
import org.keycloak.representations.idm.RealmRepresentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Every check on one rendered overlay. Each returns problems as sentences naming the object; none throws, so a test
 * can show all that is wrong at once (and the negative tests can assert which check bites).
 */
public final class ManifestChecker {
    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final SchemaValidator schemas;
    private final List<ServiceConfig> services;
    /** Secrets that exist before the overlay is applied (prod: required-secrets.yaml): name -> keys. */
    private final Map<String, Set<String>> externalSecrets;

    public ManifestChecker(SchemaValidator schemas, List<ServiceConfig> services,
                           Map<String, Set<String>> externalSecrets) {
        this.schemas = schemas;
        this.services = services;
        this.externalSecrets = externalSecrets;
    }

    public List<String> check(List<ObjectNode> objects) {
        List<String> p = new ArrayList<>();
        Index idx = new Index(objects);
        for (ObjectNode o : objects) {
            p.addAll(schemas.validate(o));
            names(o, p::add);
        }
        references(idx, p::add);
        workloads(idx, p::add);
        networkPolicies(idx, p::add);
        kafka(idx, p::add);
        kafkaContract(idx, p::add);
        environment(idx, p::add);
        realmImports(idx, p::add);
        return p;
    }

    // ---- names

    private static void names(ObjectNode o, Consumer<String> p) {
        String name = Resources.name(o);
        String kind = Resources.kind(o);
        Pattern rule = Set.of("Service", "Namespace").contains(kind) ? DNS_LABEL : DNS_SUBDOMAIN;
        if (name.isEmpty() || name.length() > (rule == DNS_LABEL ? 63 : 253) || !rule.matcher(name).matches()) {
            p.accept(Resources.id(o) + ": invalid name `" + name + "`");
        }
    }

    // ---- what refers to what

    /** The rendered objects, by kind and name, with what the operators will create from them. */
    static final class Index {
        final List<ObjectNode> all;
        final Map<String, ObjectNode> byKindName = new HashMap<>();
        /** Secrets that exist after apply: rendered, or written by an operator for a rendered custom resource. */
        final Map<String, Set<String>> secrets = new HashMap<>();
        final Map<String, Set<String>> configMaps = new HashMap<>();
        /** Label sets of the pods that will run: Deployments' templates and the operators' pods. */
        final Map<String, Map<String, String>> pods = new LinkedHashMap<>();

        Index(List<ObjectNode> all) {
            this.all = all;
            for (ObjectNode o : all) {
                byKindName.put(Resources.kind(o) + "/" + Resources.name(o), o);
                String name = Resources.name(o);
                switch (Resources.kind(o)) {
                    case "Secret" -> secrets.put(name, keys(o, "data", "stringData"));
                    case "ConfigMap" -> configMaps.put(name, keys(o, "data", "binaryData"));
                    case "Deployment", "StatefulSet" -> pods.put(Resources.id(o),
                            Resources.stringMap(o.path("spec").path("template").path("metadata").path("labels")));
                    case "Kafka" -> {
                        secrets.put(name + "-cluster-ca-cert", Set.of("ca.crt", "ca.p12", "ca.password"));
                        pods.put("Kafka broker " + name, Map.of("strimzi.io/cluster", name, "strimzi.io/kind", "Kafka",
                                "strimzi.io/broker-role", "true"));
                        pods.put("Kafka controller " + name, Map.of("strimzi.io/cluster", name,
                                "strimzi.io/kind", "Kafka", "strimzi.io/controller-role", "true"));
                    }
                    case "KafkaUser" -> {
                        // Strimzi writes a credentials Secret only for users it authenticates itself (SCRAM, TLS);
                        // OAuth clients log in with realm tokens and get ACLs only
                        if (o.path("spec").has("authentication")) {
                            secrets.put(name, Set.of("password", "sasl.jaas.config"));
                        }
                    }
                    case "Cluster" -> {
                        secrets.put(name + "-ca", Set.of("ca.crt", "ca.key"));
                        pods.put("PostgreSQL " + name, Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance"));
                    }
                    case "Keycloak" -> {
                        secrets.put(name + "-initial-admin", Set.of("username", "password"));
                        pods.put("Keycloak " + name, Map.of("app", "keycloak", "app.kubernetes.io/instance", name,
                                "app.kubernetes.io/managed-by", "keycloak-operator"));
                    }
                    default -> {
                    }
                }
            }
        }

        private static Set<String> keys(JsonNode o, String... fields) {
            Set<String> keys = new HashSet<>();
            for (String f : fields) {
                o.path(f).fieldNames().forEachRemaining(keys::add);
            }
            return keys;
        }

        ObjectNode get(String kind, String name) {
            return byKindName.get(kind + "/" + name);
        }

        List<ObjectNode> ofKind(String kind) {
            return all.stream().filter(o -> Resources.kind(o).equals(kind)).toList();
        }
    }

    private void references(Index idx, Consumer<String> p) {
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

    // ---- workloads: Service/PDB/HPA targets, hardening

    private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
        return !selector.isEmpty() && labels.entrySet().containsAll(selector.entrySet());
    }

    private static void workloads(Index idx, Consumer<String> p) {
        for (ObjectNode s : idx.ofKind("Service")) {
            Map<String, String> sel = Resources.stringMap(s.path("spec").path("selector"));
            List<ObjectNode> targets = idx.ofKind("Deployment").stream().filter(d -> selects(sel,
                    Resources.stringMap(d.path("spec").path("template").path("metadata").path("labels")))).toList();
            if (targets.isEmpty()) {
                p.accept(Resources.id(s) + ": selector " + sel + " matches no Deployment's pods");
            }
            for (JsonNode port : s.path("spec").path("ports")) {
                JsonNode tp = port.path("targetPort");
                for (ObjectNode d : targets) {
                    if (tp.isTextual() && !containerPorts(d).contains(tp.asText())) {
                        p.accept(Resources.id(s) + ": targetPort " + tp.asText() + " is no port of " + Resources.id(d));
                    }
                }
            }
        }
        for (ObjectNode pdb : idx.ofKind("PodDisruptionBudget")) {
            Map<String, String> sel = Resources.stringMap(pdb.path("spec").path("selector").path("matchLabels"));
            if (idx.pods.values().stream().noneMatch(l -> selects(sel, l))) {
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
        for (ObjectNode d : idx.ofKind("Deployment")) {
            String id = Resources.id(d);
            Map<String, String> podLabels = Resources.stringMap(d.path("spec").path("template").path("metadata")
                    .path("labels"));
            if (!selects(Resources.stringMap(d.path("spec").path("selector").path("matchLabels")), podLabels)) {
                p.accept(id + ": selector does not match its own pod template");
            }
            if (scaled.contains("Deployment/" + Resources.name(d)) && d.path("spec").has("replicas")) {
                p.accept(id + ": has replicas although a HorizontalPodAutoscaler scales it");
            }
            if (idx.ofKind("PodDisruptionBudget").stream().noneMatch(b -> selects(Resources.stringMap(
                    b.path("spec").path("selector").path("matchLabels")), podLabels))) {
                p.accept(id + ": no PodDisruptionBudget covers its pods");
            }
            hardening(d, p);
        }
    }

    private static Set<String> containerPorts(JsonNode d) {
        Set<String> ports = new HashSet<>();
        d.path("spec").path("template").path("spec").path("containers").forEach(c -> c.path("ports").forEach(port -> {
            ports.add(port.path("name").asText());
            ports.add(port.path("containerPort").asText());
        }));
        return ports;
    }

    private static void hardening(ObjectNode d, Consumer<String> p) {
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

    // ---- network policies

    private static void networkPolicies(Index idx, Consumer<String> p) {
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
            if (!sel.isEmpty() && idx.pods.values().stream().noneMatch(l -> selects(sel, l))) {
                p.accept(id + ": podSelector " + sel + " selects no pod of this overlay");
            }
            for (String dir : List.of("ingress", "egress")) {
                for (JsonNode rule : np.path("spec").path(dir)) {
                    for (JsonNode peer : rule.path(dir.equals("ingress") ? "from" : "to")) {
                        if (peer.has("podSelector") && !peer.has("namespaceSelector")) {
                            Map<String, String> ps = Resources.stringMap(peer.path("podSelector").path("matchLabels"));
                            if (!ps.isEmpty() && idx.pods.values().stream().noneMatch(l -> selects(ps, l))) {
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
            boolean own = policies.stream().anyMatch(np -> selects(Resources.stringMap(np.path("spec")
                    .path("podSelector").path("matchLabels")), labels) && np.path("spec").has("egress")
                    && np.path("spec").has("ingress"));
            if (!own) {
                p.accept(Resources.id(d) + ": no NetworkPolicy of its own allows its ingress and egress");
            }
        }
    }

    // ---- Kafka: the contract's topics, users and their ACLs

    private void kafka(Index idx, Consumer<String> p) {
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
        for (ServiceConfig s : services) {
            ObjectNode d = idx.get("Deployment", s.module());
            if (d == null) {
                p.accept("Deployment " + s.module() + " is missing");
                continue;
            }
            // the broker's principal is the OAuth client the service logs in with (the token's client_id)
            String client = s.properties().get("quarkus.oidc.client-id");
            ObjectNode ku = client == null ? null : idx.get("KafkaUser", client);
            if (ku == null) {
                p.accept(Resources.id(d) + ": no rendered KafkaUser named after its OAuth client " + client
                        + " (the broker principal)");
                continue;
            }
            Map<String, Set<String>> topicOps = topicOperations(ku);
            Set<String> groupPrefixes = groupPrefixes(ku);
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

    /** topic -> operations the KafkaUser's ACLs allow on it (literal topic names). */
    private static Map<String, Set<String>> topicOperations(ObjectNode ku) {
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
    private static Set<String> groupPrefixes(ObjectNode ku) {
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

    /**
     * Every KafkaUser against the bus table of ARCHITECTURE.md ({@link Topics#FLOWS}): a party writes exactly the
     * topics it produces (and the dead-letter twins of what it consumes), reads every topic it consumes and nothing
     * it neither consumes nor produces; carriers write nothing and read only in groups of their own prefix.
     */
    private static void kafkaContract(Index idx, Consumer<String> p) {
        Map<String, String> parties = new LinkedHashMap<>();
        for (String party : List.of(Topics.REGISTRY, Topics.COMPLAINT, Topics.ENFORCEMENT)) {
            parties.put("numguard-" + party, party);
        }
        Topics.CARRIER_CLIENTS.forEach(c -> parties.put(c, Topics.CARRIERS));
        parties.forEach((client, party) -> {
            if (idx.get("KafkaUser", client) == null) {
                p.accept("KafkaUser " + client + " of the contract (ARCHITECTURE.md, Kafka identity) is missing");
            }
        });
        for (ObjectNode ku : idx.ofKind("KafkaUser")) {
            String party = parties.get(Resources.name(ku));
            String id = Resources.id(ku);
            if (party == null) {
                p.accept(id + ": not a broker client of the contract (" + parties.keySet() + ")");
                continue;
            }
            Set<String> produces = new HashSet<>();
            Set<String> consumes = new HashSet<>();
            Topics.FLOWS.forEach((topic, flow) -> {
                if (flow.producer().equals(party)) {
                    produces.add(topic);
                }
                if (flow.consumers().contains(party)) {
                    consumes.add(topic);
                }
            });
            Set<String> writable = new HashSet<>(produces);
            consumes.forEach(t -> writable.add(Topics.dlq(t)));
            Map<String, Set<String>> ops = topicOperations(ku);
            ops.forEach((topic, allowed) -> {
                if (allowed.contains("Write") && !writable.contains(topic)) {
                    p.accept(id + ": may write " + topic + ", which the contract does not let " + party + " produce");
                }
                if (allowed.contains("Read") && !consumes.contains(topic) && !produces.contains(topic)) {
                    p.accept(id + ": may read " + topic + ", which the contract does not let " + party + " consume");
                }
            });
            produces.forEach(t -> {
                if (!ops.getOrDefault(t, Set.of()).contains("Write")) {
                    p.accept(id + ": cannot write " + t + ", which " + party + " produces by the contract");
                }
            });
            consumes.forEach(t -> {
                if (!ops.getOrDefault(t, Set.of()).contains("Read")) {
                    p.accept(id + ": cannot read " + t + ", which " + party + " consumes by the contract");
                }
            });
            String ownPrefix = Resources.name(ku) + (party.equals(Topics.CARRIERS) ? "." : "");
            for (String g : groupPrefixes(ku)) {
                if (!g.startsWith(ownPrefix)) {
                    p.accept(id + ": may read consumer group " + g + ", outside its own prefix " + ownPrefix);
                }
            }
        }
    }

    // ---- environment: every setting a service reads from the cluster is set and resolvable

    /** name -> source of every environment variable of the service's container. */
    static Map<String, String> env(Index idx, ObjectNode d, Consumer<String> p) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode c : d.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode from : c.path("envFrom")) {
                String prefix = from.path("prefix").asText("");
                if (from.has("configMapRef")) {
                    String cm = from.path("configMapRef").path("name").asText();
                    ObjectNode m = idx.get("ConfigMap", cm);
                    if (m != null) {
                        m.path("data").fields().forEachRemaining(e -> env.put(prefix + e.getKey(),
                                "value:" + e.getValue().asText()));
                    }
                }
                if (from.has("secretRef")) {
                    String s = from.path("secretRef").path("name").asText();
                    idx.secrets.getOrDefault(s, Set.of()).forEach(k -> env.put(prefix + k, "secret:" + s));
                }
            }
            for (JsonNode e : c.path("env")) {
                if (e.has("value")) {
                    env.put(e.path("name").asText(), "value:" + e.path("value").asText());
                } else if (e.path("valueFrom").has("secretKeyRef")) {
                    env.put(e.path("name").asText(), "secret:" + e.path("valueFrom").path("secretKeyRef").path("name")
                            .asText());
                } else if (e.path("valueFrom").has("configMapKeyRef")) {
                    JsonNode ref = e.path("valueFrom").path("configMapKeyRef");
                    ObjectNode m = idx.get("ConfigMap", ref.path("name").asText());
                    env.put(e.path("name").asText(), "value:" + (m == null ? ""
                            : m.path("data").path(ref.path("key").asText()).asText()));
                } else {
                    env.put(e.path("name").asText(), "other");
                }
            }
        }
        return env;
    }


    private void environment(Index idx, Consumer<String> p) {
        for (ServiceConfig s : services) {
            ObjectNode d = idx.get("Deployment", s.module());
            if (d == null) {
                continue;
            }
            String id = Resources.id(d);
            Map<String, String> env = env(idx, d, p);
            s.requiredEnv().forEach((name, why) -> {
                if (!env.containsKey(name)) {
                    p.accept(id + ": environment variable " + name + " is not set (" + why + ")");
                }
            });
            env.forEach((name, source) -> {
                if (source.startsWith("value:") && ServiceConfig.LOCAL_ONLY.matcher(source).find()) {
                    p.accept(id + ": " + name + " points at a local-only address: " + source.substring(6));
                }
                if (source.startsWith("value:") && ServiceConfig.CREDENTIAL.matcher(name.toLowerCase()
                        .replace('_', '.')).find()) {
                    p.accept(id + ": " + name + " is a credential but comes from a ConfigMap or literal");
                }
            });
            String port = env.getOrDefault("QUARKUS_HTTP_PORT", "").replace("value:", "");
            if (!containerPorts(d).contains(port)) {
                p.accept(id + ": QUARKUS_HTTP_PORT " + port + " is not a container port");
            }
            if (!"value:0.0.0.0".equals(env.get("QUARKUS_HTTP_HOST"))) {
                p.accept(id + ": QUARKUS_HTTP_HOST must be 0.0.0.0 in a container");
            }
            // the Kafka listener the bootstrap address points at decides the client's security settings
            for (ObjectNode k : idx.ofKind("Kafka")) {
                for (JsonNode l : k.path("spec").path("kafka").path("listeners")) {
                    String bootstrap = Resources.name(k) + "-kafka-bootstrap:" + l.path("port").asText();
                    if (!env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "").equals("value:" + bootstrap)) {
                        continue;
                    }
                    JsonNode authentication = l.path("authentication");
                    String auth = authentication.path("type").asText("");
                    boolean tls = l.path("tls").asBoolean(false);
                    boolean sasl = auth.startsWith("scram") || authentication.path("sasl").asBoolean(false);
                    String protocol = (sasl ? "SASL_" : "") + (tls ? "SSL" : "PLAINTEXT");
                    expect(env, "KAFKA_SECURITY_PROTOCOL", auth.equals("tls") ? "SSL" : protocol, id, p);
                    if (auth.equals("scram-sha-512")) {
                        expect(env, "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512", id, p);
                        if (!env.getOrDefault("KAFKA_SASL_JAAS_CONFIG", "").startsWith("secret:")) {
                            p.accept(id + ": KAFKA_SASL_JAAS_CONFIG must come from the KafkaUser's secret");
                        }
                    } else if (sasl) {
                        String mechanism = authentication.path("listenerConfig").path("sasl.enabled.mechanisms")
                                .asText("");
                        expect(env, "KAFKA_SASL_MECHANISM", mechanism, id, p);
                    }
                    if (tls && !env.containsKey("KAFKA_SSL_TRUSTSTORE_LOCATION")) {
                        p.accept(id + ": KAFKA_SSL_TRUSTSTORE_LOCATION must name the cluster CA (TLS listener)");
                    }
                }
            }
        }
    }

    private static void expect(Map<String, String> env, String name, String value, String id, Consumer<String> p) {
        if (!("value:" + value).equals(env.get(name))) {
            p.accept(id + ": " + name + " must be " + value + " for the Kafka listener it bootstraps from");
        }
    }

    // ---- realm imports

    private static void realmImports(Index idx, Consumer<String> p) {
        for (ObjectNode ri : idx.ofKind("KeycloakRealmImport")) {
            try {
                STRICT.treeToValue(ri.path("spec").path("realm"), RealmRepresentation.class);
            } catch (Exception e) {
                p.accept(Resources.id(ri) + ": spec.realm is not a Keycloak RealmRepresentation: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
        }
    }
}
