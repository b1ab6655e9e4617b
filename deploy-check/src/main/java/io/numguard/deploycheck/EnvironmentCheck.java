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

/** Every setting a service reads from the cluster (derived from its code by {@link ServiceConfig}) is set and
 * resolvable: no local-only address, credentials from Secrets, the HTTP port and host right, the Kafka security
 * settings matching the listener it bootstraps from. */
final class EnvironmentCheck implements Check {
    private final List<ServiceConfig> services;

    EnvironmentCheck(List<ServiceConfig> services) {
        this.services = services;
    }

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


    @Override
    public void check(Index idx, Consumer<String> p) {
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
            if (!Index.containerPorts(d).contains(port)) {
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
}
