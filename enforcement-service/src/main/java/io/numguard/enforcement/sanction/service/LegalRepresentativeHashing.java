package io.numguard.enforcement.sanction.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Hashes a legal representative's ID number exactly as the registry does (HMAC-SHA256 with the shared pepper over
 * the normalised number, lower-case hex), so that a regulator who has the ID number in hand can sanction the person
 * and the registry matches the hash. The number itself is never stored or logged.
 */
@ApplicationScoped
public class LegalRepresentativeHashing {

    @ConfigMapping(prefix = "numguard.legal-representative")
    public interface PepperConfig {
        /** Must equal the registry's, or sanctions will not match. */
        @WithDefault("numguard-dev-pepper-change-me")
        String pepper();
    }

    @Inject
    PepperConfig config;

    public String hash(String idNumber) {
        String normalised = normalise(idNumber);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(config.pepper().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** Full-width folded (NFKC), spaces and dashes removed, upper case; only digits and A-Z may remain. */
    static String normalise(String idNumber) {
        String folded = Normalizer.normalize(idNumber == null ? "" : idNumber, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                sb.append(c);
            } else if (!Character.isWhitespace(c) && c != '-') {
                throw new IllegalArgumentException("an ID number has only digits and letters");
            }
        }
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("the ID number is empty");
        }
        return sb.toString();
    }
}
