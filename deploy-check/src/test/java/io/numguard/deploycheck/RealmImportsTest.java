package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The overlays' realm imports are what the one realm file gives (regenerate with -Dnumguard.regenerate=true). */
class RealmImportsTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void realmImportIsGeneratedFromTheRealmFile(String overlay) throws IOException {
        JsonNode realm = Yaml.JSON.readTree(Fixtures.ROOT.resolve("deploy/keycloak/numguard-realm.json").toFile());
        ObjectNode expected = overlay.equals("dev") ? RealmImports.dev(realm) : RealmImports.prod(realm);
        Path file = Fixtures.K8S.resolve("overlays").resolve(overlay).resolve("realm-import.yaml");
        if (Boolean.getBoolean("numguard.regenerate")) {
            Files.writeString(file, RealmImports.render(expected));
        }
        assertThat(Files.exists(file)).as(file + " exists (regenerate it)").isTrue();
        assertThat(Yaml.readAll(file)).as(file + " is out of date: run with -Dnumguard.regenerate=true")
                .containsExactly(expected);
    }
}
