package io.numguard.enforcement.common;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The person (or the service itself) taking a step, as the token says: user id, realm roles, and the claims that
 * scope what they may touch ({@code province} for regulators, {@code carrier_id} for carriers, {@code agency} for
 * police). Claims that do not apply are null.
 */
public record Actor(String userId, Set<Role> roles, String province, String carrierId, String agency) {

    /** Province claim of the ministry: a ministry regulator acts in every province. */
    public static final String MINISTRY = "CN";

    /** User id under which the enforcement service records what it does by itself. */
    public static final String SYSTEM_USER = "system";

    public Actor {
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("actor needs a user id");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** Builds an actor from token claims; unknown realm roles are ignored, SYSTEM can never come from a token. */
    public static Actor fromToken(String userId, Collection<String> realmRoles, String province, String carrierId,
                                  String agency) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (realmRoles != null) {
            realmRoles.forEach(r -> Role.fromRealmRole(r).ifPresent(roles::add));
        }
        return new Actor(userId, roles, blankToNull(province), blankToNull(carrierId), blankToNull(agency));
    }

    public static Actor regulator(String userId, String province) {
        return new Actor(userId, Set.of(Role.REGULATOR), province, null, null);
    }

    public static Actor police(String userId, String agency) {
        return new Actor(userId, Set.of(Role.POLICE), null, null, agency);
    }

    public static Actor carrier(String userId, String carrierId) {
        return new Actor(userId, Set.of(Role.CARRIER), null, carrierId, null);
    }

    public static Actor of(String userId, Role role) {
        return new Actor(userId, Set.of(role), null, null, null);
    }

    public static Actor system() {
        return new Actor(SYSTEM_USER, Set.of(Role.SYSTEM), null, null, null);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    public boolean isSystem() {
        return has(Role.SYSTEM);
    }

    /** Whether this is a regulator of the ministry, who acts in every province. */
    public boolean isMinistry() {
        return has(Role.REGULATOR) && MINISTRY.equals(province);
    }

    public Optional<String> provinceClaim() {
        return Optional.ofNullable(province);
    }

    /** Short form for logs and decision details: {@code user (ROLE,ROLE; province)}. */
    public String describe() {
        return userId + " (" + String.join(",", roles.stream().map(Enum::name).sorted().toList())
                + (province == null ? "" : "; " + province) + ")";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
