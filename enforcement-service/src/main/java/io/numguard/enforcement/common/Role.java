package io.numguard.enforcement.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Who an actor is, from the realm roles of the token. {@link #SYSTEM} is not a realm role: it is the enforcement
 * service itself acting on an event or a deadline (opening a case from a signal, escalating an overdue
 * acknowledgement), and is never granted from a token.
 */
public enum Role {
    REGULATOR("regulator"),
    POLICE("police"),
    CARRIER("carrier"),
    LICENSEE("licensee"),
    CITIZEN("citizen"),
    SYSTEM(null);

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    /** The Keycloak realm role name, or empty for {@link #SYSTEM}. */
    public Optional<String> realmRole() {
        return Optional.ofNullable(realmRole);
    }

    /** Maps a realm role name from a token; unknown names (and anything that would map to SYSTEM) give empty. */
    public static Optional<Role> fromRealmRole(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.realmRole != null && r.realmRole.equals(n)).findFirst();
    }
}
