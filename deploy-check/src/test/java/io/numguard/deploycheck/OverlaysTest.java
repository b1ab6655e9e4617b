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
}
