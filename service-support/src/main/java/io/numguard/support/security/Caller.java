package io.numguard.support.security;

import io.numguard.support.problem.ProblemException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;

/**
 * Who is calling and what they may touch, from the access token: the realm role and the scope claims
 * ({@code province}, {@code carrier_id}, {@code agency}, {@code uscc}). Scope is never taken from a request body.
 */
@RequestScoped
public class Caller {
    public static final String MINISTRY = "CN";

    @Inject
    SecurityIdentity identity;
    @Inject
    JsonWebToken token;

    public String userId() {
        String name = claim("preferred_username").orElse(null);
        return name != null ? name : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> province() {
        return claim("province");
    }

    public Optional<String> carrierId() {
        return claim("carrier_id");
    }

    public Optional<String> agency() {
        return claim("agency");
    }

    public Optional<String> uscc() {
        return claim("uscc");
    }

    /** A regulator acts within its province; the ministry ({@code CN}) acts everywhere. */
    public boolean mayActInProvince(String province) {
        return province().map(p -> p.equals(MINISTRY) || p.equals(province)).orElse(false);
    }

    public void requireProvince(String province) {
        if (!mayActInProvince(province)) {
            throw ProblemException.forbidden("outside-province", "a regulator of province "
                    + province().orElse("(none)") + " cannot act on province " + province);
        }
    }

    /** The carrier in the token; a carrier token without it is refused rather than guessed. */
    public String requireCarrierId() {
        return carrierId().orElseThrow(() -> ProblemException.forbidden("missing-scope-claim",
                "the token carries no carrier_id claim"));
    }

    public String requireAgency() {
        return agency().orElseThrow(() -> ProblemException.forbidden("missing-scope-claim",
                "the token carries no agency claim"));
    }

    public String requireUscc() {
        return uscc().orElseThrow(() -> ProblemException.forbidden("missing-scope-claim",
                "the token carries no uscc claim"));
    }

    private Optional<String> claim(String name) {
        Object v = token == null ? null : token.getClaim(name);
        return v == null || v.toString().isBlank() ? Optional.empty() : Optional.of(v.toString());
    }
}
