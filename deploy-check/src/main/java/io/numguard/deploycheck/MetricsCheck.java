package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What a cluster's Prometheus (Prometheus Operator) needs to scrape everything that runs: each service a
 * ServiceMonitor on its Micrometer endpoint (the path its Quarkus configuration gives), each Kafka the JMX exporter
 * (Strimzi metricsConfig) and a PodMonitor on it, each CNPG Cluster a PodMonitor (or enablePodMonitor); every monitor
 * selects something, and a NetworkPolicy lets another namespace reach each scraped port.
 */
final class MetricsCheck implements Check {
    /** The ports the operators open on their pods for metrics: Strimzi's JMX exporter, CNPG's exporter. */
    static final String KAFKA_METRICS_PORT = "tcp-prometheus";
    static final int KAFKA_METRICS_PORT_NUMBER = 9404;
    static final String CNPG_METRICS_PORT = "metrics";
    static final int CNPG_METRICS_PORT_NUMBER = 9187;

    /** Where Prometheus runs (kube-prometheus-stack's default), the namespace the scrape policies admit. */
    static final String MONITORING_NAMESPACE = "monitoring";

    private final List<ServiceConfig> services;

    MetricsCheck(List<ServiceConfig> services) {
        this.services = services;
    }

    /** Where Quarkus serves the Prometheus registry: quarkus.micrometer.export.prometheus.path under /q. */
    static String metricsPath(ServiceConfig s) {
        String path = s.properties().getOrDefault("quarkus.micrometer.export.prometheus.path", "metrics");
        String root = s.properties().getOrDefault("quarkus.http.non-application-root-path", "q");
        return path.startsWith("/") ? path : "/" + root.replaceAll("^/|/$", "") + "/" + path;
    }

    @Override
    public void check(Index idx, Consumer<String> p) {
        List<ObjectNode> serviceMonitors = idx.ofKind("ServiceMonitor");
        List<ObjectNode> podMonitors = idx.ofKind("PodMonitor");
        for (ObjectNode sm : serviceMonitors) {
            Map<String, String> sel = Resources.stringMap(sm.path("spec").path("selector").path("matchLabels"));
            if (idx.ofKind("Service").stream().noneMatch(s -> Index.selects(sel, Resources.labels(s)))) {
                p.accept(Resources.id(sm) + ": selector " + sel + " matches no Service's labels");
            }
        }
        for (ObjectNode pm : podMonitors) {
            Map<String, String> sel = Resources.stringMap(pm.path("spec").path("selector").path("matchLabels"));
            if (idx.pods.values().stream().noneMatch(l -> Index.selects(sel, l))) {
                p.accept(Resources.id(pm) + ": selector " + sel + " matches no pods");
            }
        }
        for (ServiceConfig s : services) {
            ObjectNode d = idx.get("Deployment", s.module());
            if (d == null) {
                continue;
            }
            if ("true".equals(s.properties().get("quarkus.management.enabled"))) {
                p.accept(Resources.id(d) + ": quarkus.management.enabled moves /q/metrics to the management port; "
                        + "scrape that port");
            }
            String path = metricsPath(s);
            Map<String, String> podLabels = Index.podLabels(d);
            boolean scraped = false;
            for (ObjectNode svc : idx.ofKind("Service")) {
                Map<String, String> svcSel = Resources.stringMap(svc.path("spec").path("selector"));
                if (!Index.selects(svcSel, podLabels)) {
                    continue;
                }
                for (ObjectNode sm : serviceMonitors) {
                    if (!Index.selects(Resources.stringMap(sm.path("spec").path("selector").path("matchLabels")),
                            Resources.labels(svc))) {
                        continue;
                    }
                    for (JsonNode e : sm.path("spec").path("endpoints")) {
                        String port = e.path("port").asText();
                        JsonNode svcPort = servicePort(svc, port);
                        if (svcPort == null) {
                            p.accept(Resources.id(sm) + ": endpoint port " + port + " is no port of "
                                    + Resources.id(svc));
                        } else if (!e.path("path").asText("/metrics").equals(path)) {
                            p.accept(Resources.id(sm) + ": endpoint path " + e.path("path").asText("/metrics")
                                    + ", but " + s.module() + " serves its metrics at " + path);
                        } else {
                            scraped = true;
                            scrapeAllowed(idx, podLabels, svcPort.path("targetPort").asText(), d, Resources.id(d), p);
                        }
                    }
                }
            }
            if (!scraped) {
                p.accept(Resources.id(d) + ": no ServiceMonitor scrapes " + path + " through a Service of its pods");
            }
        }
        for (ObjectNode k : idx.ofKind("Kafka")) {
            JsonNode mc = k.path("spec").path("kafka").path("metricsConfig");
            if (mc.isMissingNode()) {
                p.accept(Resources.id(k) + ": spec.kafka.metricsConfig is missing: the brokers export no metrics");
            }
            Map<String, String> brokers = idx.pods.get("Kafka broker " + Resources.name(k));
            monitored(idx, podMonitors, brokers, KAFKA_METRICS_PORT, KAFKA_METRICS_PORT_NUMBER, Resources.id(k), p);
        }
        for (ObjectNode c : idx.ofKind("Cluster")) {
            if (c.path("spec").path("monitoring").path("enablePodMonitor").asBoolean(false)) {
                continue;
            }
            Map<String, String> instances = idx.pods.get("PostgreSQL " + Resources.name(c));
            monitored(idx, podMonitors, instances, CNPG_METRICS_PORT, CNPG_METRICS_PORT_NUMBER, Resources.id(c), p);
        }
    }

    private static void monitored(Index idx, List<ObjectNode> podMonitors, Map<String, String> pod, String port,
                                  int number, String id, Consumer<String> p) {
        boolean scraped = podMonitors.stream().anyMatch(pm -> Index.selects(Resources.stringMap(pm.path("spec")
                .path("selector").path("matchLabels")), pod) && pm.path("spec").path("podMetricsEndpoints")
                .findValuesAsText("port").contains(port));
        if (!scraped) {
            p.accept(id + ": no PodMonitor scrapes port " + port + " of its pods " + pod);
        } else {
            scrapeAllowed(idx, pod, String.valueOf(number), null, id, p);
        }
    }

    private static JsonNode servicePort(ObjectNode svc, String name) {
        for (JsonNode port : svc.path("spec").path("ports")) {
            if (port.path("name").asText().equals(name)) {
                return port;
            }
        }
        return null;
    }

    /** Some NetworkPolicy of the pods admits Prometheus's namespace on the port. */
    private static void scrapeAllowed(Index idx, Map<String, String> pod, String port, ObjectNode workload, String id,
                                      Consumer<String> p) {
        String number = port;
        if (workload != null) {
            for (JsonNode c : workload.path("spec").path("template").path("spec").path("containers")) {
                for (JsonNode cp : c.path("ports")) {
                    if (cp.path("name").asText().equals(port)) {
                        number = cp.path("containerPort").asText();
                    }
                }
            }
        }
        for (ObjectNode np : idx.ofKind("NetworkPolicy")) {
            if (!Index.selects(Resources.stringMap(np.path("spec").path("podSelector").path("matchLabels")), pod)) {
                continue;
            }
            for (JsonNode rule : np.path("spec").path("ingress")) {
                boolean fromNamespace = false;
                for (JsonNode peer : rule.path("from")) {
                    fromNamespace |= !peer.has("podSelector") && MONITORING_NAMESPACE.equals(peer
                            .path("namespaceSelector").path("matchLabels").path("kubernetes.io/metadata.name").asText());
                }
                for (JsonNode rp : rule.path("ports")) {
                    if (fromNamespace && (rp.path("port").asText().equals(number)
                            || rp.path("port").asText().equals(port))) {
                        return;
                    }
                }
            }
        }
        p.accept(id + ": no NetworkPolicy lets Prometheus's namespace reach metrics port " + number);
    }
}
