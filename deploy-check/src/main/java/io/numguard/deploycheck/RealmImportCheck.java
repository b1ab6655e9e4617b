package io.numguard.deploycheck;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.keycloak.representations.idm.RealmRepresentation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Each KeycloakRealmImport's spec.realm deserializes strictly into Keycloak's RealmRepresentation. */
final class RealmImportCheck implements Check {
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Override
    public void check(Index idx, Consumer<String> p) {
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
