package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every overlay renders, and every object of it passes every check. */
class OverlaysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void everyObjectOfTheOverlayPassesEveryCheck(String overlay) {
        List<ObjectNode> objects = Fixtures.render(overlay);
        assertThat(objects).hasSizeGreaterThan(50);
        List<String> problems = Fixtures.checker(overlay).check(objects);
        assertThat(problems).as("problems of overlay " + overlay).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void everyObjectIsInTheOverlaysNamespaceAndCarriesThePartOfLabel(String overlay) {
        String ns = overlay.equals("dev") ? "numguard-dev" : "numguard";
        for (ObjectNode o : Fixtures.render(overlay)) {
            if (!Resources.kind(o).equals("Namespace")) {
                assertThat(Resources.namespace(o)).as(Resources.id(o)).isEqualTo(ns);
            }
            assertThat(Resources.labels(o)).as(Resources.id(o)).containsEntry("app.kubernetes.io/part-of", "numguard");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void demoUsersOnlyInDevAndNoSecretValuesInProd(String overlay) {
        List<ObjectNode> objects = Fixtures.render(overlay);
        JsonNode realm = objects.stream().filter(o -> Resources.kind(o).equals("KeycloakRealmImport")).findFirst()
                .orElseThrow().path("spec").path("realm");
        if (overlay.equals("dev")) {
            assertThat(realm.path("users").findValuesAsText("username")).containsExactlyInAnyOrder("regulator.cn",
                    "regulator.fj", "regulator.fj2", "police.fz", "carrier.ct", "carrier.cm", "citizen.demo",
                    "licensee.demo");
        } else {
            assertThat(realm.has("users")).isFalse();
            assertThat(realm.toString()).doesNotContain("registry-secret", "complaint-secret", "enforcement-secret");
            assertThat(objects).noneMatch(o -> Resources.kind(o).equals("Secret"));
            assertThat(objects.toString()).doesNotContain("change-me");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod", "prod-keda"})
    void everyDatabaseRoleSecretCarriesTheCnpgReloadLabel(String overlay) {
        // without cnpg.io/reload CNPG does not watch the Secret: a rotated password is applied only at a restart
        List<ObjectNode> objects = Fixtures.render(overlay);
        String base = overlay.startsWith("prod") ? "prod" : overlay;
        java.nio.file.Path file = Fixtures.K8S.resolve("overlays").resolve(base).resolve("required-secrets.yaml");
        List<JsonNode> listed = new java.util.ArrayList<>();
        if (file.toFile().exists()) {
            Yaml.readAll(file).get(0).path("secrets").forEach(listed::add);
        }
        List<String> roleSecrets = objects.stream().filter(o -> Resources.kind(o).equals("Cluster"))
                .flatMap(c -> c.path("spec").path("managed").path("roles").findValuesAsText("name").stream()
                        .filter(n -> n.startsWith("numguard-pg-"))).distinct().toList();
        assertThat(roleSecrets).hasSize(4);
        for (String name : roleSecrets) {
            JsonNode labels = objects.stream().filter(o -> Resources.kind(o).equals("Secret")
                            && Resources.name(o).equals(name)).findFirst().map(o -> o.path("metadata").path("labels"))
                    .orElseGet(() -> listed.stream().filter(l -> l.path("name").asText().equals(name)).findFirst()
                            .orElseThrow(() -> new AssertionError(name + " is neither rendered nor required"))
                            .path("labels"));
            assertThat(labels.path("cnpg.io/reload").asText()).as(overlay + " " + name).isEqualTo("true");
        }
    }
}
