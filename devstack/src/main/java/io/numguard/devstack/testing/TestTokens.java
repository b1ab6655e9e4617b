package io.numguard.devstack.testing;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

import java.util.List;
import java.util.Map;

/**
 * Signed access tokens for a module's tests, shaped like the numguard realm's (realm role in
 * {@code realm_access.roles}, scope claims, the service as audience), verified by the service through the
 * OIDC test server of {@code quarkus-test-oidc-server}. The system tests use real Keycloak tokens instead.
 */
public final class TestTokens {
    public static final String ISSUER = "https://server.example.com";

    private TestTokens() {
    }

    public static String token(String audience, String user, String role, Map<String, String> claims) {
        JwtClaimsBuilder b = Jwt.preferredUserName(user).subject(user).issuer(ISSUER).audience(audience)
                .claim("realm_access", Map.of("roles", List.of(role))).expiresIn(3600);
        claims.forEach(b::claim);
        return b.jws().keyId("1").sign("privateKey.jwk");
    }

    /** The demo users of ARCHITECTURE.md, with the claims the realm gives them. */
    public static String regulator(String audience, String user, String province) {
        return token(audience, user, "regulator", Map.of("province", province));
    }

    public static String police(String audience, String user, String agency) {
        return token(audience, user, "police", Map.of("agency", agency, "province", "FJ"));
    }

    public static String carrier(String audience, String user, String carrierId) {
        return token(audience, user, "carrier", Map.of("carrier_id", carrierId));
    }

    public static String citizen(String audience, String user) {
        return token(audience, user, "citizen", Map.of());
    }

    public static String licensee(String audience, String user, String uscc) {
        return token(audience, user, "licensee", Map.of("uscc", uscc));
    }
}
