package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;

/**
 * What an Ingress publishes: of Keycloak only the realm endpoints (/realms/) and the login pages' static files
 * (/resources/), never the admin console or admin REST API (/admin/, or a prefix such as / that covers it); of the
 * services nothing under Quarkus's non-application root /q (health, metrics, OpenAPI).
 */
final class PublicExposureCheck implements Check {
    static final List<String> KEYCLOAK_PUBLIC_PREFIXES = List.of("/realms/", "/resources/");

    @Override
    public void check(Index idx, Consumer<String> p) {
        for (ObjectNode ing : idx.ofKind("Ingress")) {
            String id = Resources.id(ing);
            for (JsonNode rule : ing.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    String backend = path.path("backend").path("service").path("name").asText();
                    String prefix = path.path("path").asText("/");
                    String where = id + ": " + rule.path("host").asText("*") + prefix;
                    boolean keycloak = idx.ofKind("Keycloak").stream()
                            .anyMatch(k -> backend.equals(Resources.name(k) + "-service"));
                    if (keycloak) {
                        if (!path.path("pathType").asText().equals("Prefix")
                                || KEYCLOAK_PUBLIC_PREFIXES.stream().noneMatch(prefix::startsWith)) {
                            p.accept(where + " publishes Keycloak beyond its realm endpoints "
                                    + KEYCLOAK_PUBLIC_PREFIXES + " (the admin console lives under /admin/)");
                        }
                    } else if (prefix.equals("/") && !path.path("pathType").asText().equals("Exact")
                            || prefix.equals("/q") || prefix.startsWith("/q/")) {
                        // (an Exact "/" is a start page only, as the console's; a Prefix "/" covers /q)
                        p.accept(where + " publishes " + backend + "'s /q endpoints (health, metrics, OpenAPI)");
                    }
                }
            }
        }
    }
}
