package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The repository, the services' derived configuration and the checker, built once for all tests. */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("numguard.root", "..")).toAbsolutePath().normalize();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final List<String> MODULES = List.of("number-registry-service", "complaint-service", "enforcement-service");
    static final List<String> OVERLAYS = List.of("dev", "prod", "prod-keda");
    static final SchemaValidator SCHEMAS = new SchemaValidator();
    /** The Quarkus apps deployed: the three services and the web console (no database, no broker). */
    static final List<String> APPS = List.of("number-registry-service", "complaint-service", "enforcement-service",
            "console");
    static final List<ServiceConfig> SERVICES = APPS.stream().map(m -> ServiceConfig.scan(ROOT, m)).toList();

    private Fixtures() {
    }

    static List<ObjectNode> render(String overlay) {
        return new KustomizeRenderer().render(K8S.resolve("overlays").resolve(overlay));
    }

    /** Secrets the overlay expects to exist: prod's required-secrets.yaml; dev renders all of its own. */
    static Map<String, Set<String>> externalSecrets(String overlay) {
        // prod-keda is prod plus KEDA: the same Secrets are provided
        String base = overlay.startsWith("prod") ? "prod" : overlay;
        Path file = K8S.resolve("overlays").resolve(base).resolve("required-secrets.yaml");
        Map<String, Set<String>> out = new LinkedHashMap<>();
        if (file.toFile().exists()) {
            for (JsonNode s : Yaml.readAll(file).get(0).path("secrets")) {
                Set<String> keys = new HashSet<>();
                s.path("keys").forEach(k -> keys.add(k.asText()));
                out.put(s.path("name").asText(), keys);
            }
        }
        return out;
    }

    static ManifestChecker checker(String overlay) {
        return new ManifestChecker(SCHEMAS, SERVICES, externalSecrets(overlay));
    }
}
