package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Locale;

/**
 * The KeycloakRealmImports of the overlays, generated from the one realm file (deploy/keycloak/numguard-realm.json)
 * so that the local realm and the cluster's cannot drift:
 * dev = the file as it is (demo users, the local client secrets);
 * prod = the file without users, with {@code sslRequired: external}, each confidential client's secret replaced by a
 * placeholder read from Secret numguard-oidc-clients (key = the client's short name, the same key the service
 * reads), the public client limited to the browser flow on the public host, and the console's code flow to its
 * own host.
 */
public final class RealmImports {
    public static final String KEYCLOAK = "numguard-keycloak";
    public static final String CLIENT_SECRETS = "numguard-oidc-clients";
    public static final String PUBLIC_ORIGIN = "https://api.numguard.example.gov";
    /** Where the web console (confidential client numguard-console, code flow) is served in production. */
    public static final String CONSOLE_ORIGIN = "https://console.numguard.example.gov";
    public static final String HEADER = """
            # GENERATED from deploy/keycloak/numguard-realm.json by deploy-check (io.numguard.deploycheck.RealmImports):
            # do not edit. After changing the realm file run
            #   ./mvnw -B -pl deploy-check verify -Dnumguard.regenerate=true
            # (the build fails while this file differs from what the realm file gives).
            """;

    private RealmImports() {
    }

    public static ObjectNode dev(JsonNode realm) {
        return realmImport(realm.deepCopy());
    }

    public static ObjectNode prod(JsonNode realmFile) {
        ObjectNode realm = realmFile.deepCopy();
        realm.remove("users");
        realm.put("sslRequired", "external");
        ObjectNode ri = realmImport(realm);
        ObjectNode placeholders = ((ObjectNode) ri.get("spec")).putObject("placeholders");
        for (JsonNode c : realm.path("clients")) {
            ObjectNode client = (ObjectNode) c;
            String shortName = client.path("clientId").asText().replaceFirst("^numguard-", "");
            if (client.has("secret")) {
                String var = "NUMGUARD_" + shortName.toUpperCase(Locale.ROOT) + "_CLIENT_SECRET";
                client.put("secret", "${" + var + "}");
                placeholders.putObject(var).putObject("secret").put("name", CLIENT_SECRETS).put("key", shortName);
            }
            if (!client.path("publicClient").asBoolean(false) && client.path("standardFlowEnabled").asBoolean(false)) {
                // the console: its login comes back only to its own host (the local realm allows 127.0.0.1:*)
                client.putArray("redirectUris").add(CONSOLE_ORIGIN + "/*");
                client.putArray("webOrigins").add(CONSOLE_ORIGIN);
            }
            if (client.path("publicClient").asBoolean(false)) {
                client.put("directAccessGrantsEnabled", false);
                client.putArray("redirectUris").add(PUBLIC_ORIGIN + "/*");
                client.putArray("webOrigins").add(PUBLIC_ORIGIN);
                client.put("description", "Public client for people's tools (browser flow on " + PUBLIC_ORIGIN + ")");
            }
        }
        return ri;
    }

    private static ObjectNode realmImport(ObjectNode realm) {
        ObjectNode ri = Yaml.JSON.createObjectNode();
        ri.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        ri.put("kind", "KeycloakRealmImport");
        ri.putObject("metadata").put("name", "numguard-realm");
        ObjectNode spec = ri.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK);
        spec.set("realm", realm);
        return ri;
    }

    public static String render(ObjectNode realmImport) {
        return HEADER + Yaml.write(realmImport);
    }
}
