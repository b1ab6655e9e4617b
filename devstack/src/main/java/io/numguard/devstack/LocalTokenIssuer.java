package io.numguard.devstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs broker tokens for module tests, where no Keycloak runs: an RSA key made at start, its public half written
 * as a JWKS file that the broker's own validator ({@code OAuthBearerValidatorCallbackHandler}) reads through a
 * {@code file:} URL, and one token file per client that the client's own login handler reads (Kafka's
 * {@code FileJwtRetriever}). Tokens are shaped like the realm's client-credentials tokens: the client id in
 * {@code client_id}, the broker's audience. The local run and the system tests use Keycloak instead.
 */
public final class LocalTokenIssuer {
    public static final String ISSUER = "urn:numguard:devstack:module-tests";

    private final Path dir;
    private final KeyPair keys;
    private final String keyId = UUID.randomUUID().toString();

    public LocalTokenIssuer(Path dir) {
        this.dir = dir;
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            keys = g.generateKeyPair();
            Files.createDirectories(dir);
            RSAPublicKey pub = (RSAPublicKey) keys.getPublic();
            Files.writeString(jwksFile(), "{\"keys\":[{\"kty\":\"RSA\",\"use\":\"sig\",\"alg\":\"RS256\",\"kid\":\""
                    + keyId + "\",\"n\":\"" + b64(unsigned(pub.getModulus().toByteArray())) + "\",\"e\":\""
                    + b64(unsigned(pub.getPublicExponent().toByteArray())) + "\"}]}");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path jwksFile() {
        return dir.resolve("jwks.json");
    }

    /** Writes a token for the client (valid for {@code lifetime}) and returns its file. */
    public Path tokenFile(String clientId, String audience, Duration lifetime) {
        long now = Instant.now().getEpochSecond();
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId + "\"}";
        String claims = "{\"iss\":\"" + ISSUER + "\",\"sub\":\"" + clientId + "\",\"client_id\":\"" + clientId
                + "\",\"azp\":\"" + clientId + "\",\"aud\":\"" + audience + "\",\"iat\":" + now + ",\"exp\":"
                + (now + lifetime.toSeconds()) + ",\"jti\":\"" + UUID.randomUUID() + "\"}";
        String signingInput = b64(header.getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            Path file = dir.resolve("token-" + clientId + ".jwt");
            Files.writeString(file, signingInput + "." + b64(s.sign()));
            return file;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** BigInteger's two's-complement form may carry a leading zero byte; JWK wants the unsigned magnitude. */
    private static byte[] unsigned(byte[] b) {
        return b.length > 1 && b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }
}
