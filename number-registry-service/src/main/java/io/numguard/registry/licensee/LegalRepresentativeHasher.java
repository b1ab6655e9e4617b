package io.numguard.registry.licensee;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Turns a legal representative's ID number into a {@link LegalRepresentativeHash}: HMAC-SHA256, keyed with a secret
 * pepper from configuration, of the normalised number, as lower-case hex. The raw number is never kept. Every
 * service that matches people (registry, enforcement) must use the same pepper, or sanctions will not match.
 * Thread-safe.
 */
public final class LegalRepresentativeHasher {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public LegalRepresentativeHasher(String pepper) {
        if (pepper == null || pepper.isBlank()) {
            throw new IllegalArgumentException("the legal representative pepper must be configured");
        }
        this.key = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public LegalRepresentativeHash hash(String idNumber) {
        String normalised = normalise(idNumber);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII));
            return new LegalRepresentativeHash(HexFormat.of().formatHex(digest));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        }
    }

    /**
     * The form that is hashed, so that the same document typed differently hashes the same: full-width characters
     * folded (NFKC), spaces and dashes removed, upper case (the trailing {@code x} of a resident ID becomes
     * {@code X}). Only digits and A-Z may remain. The check digit of a resident ID is not verified here.
     */
    public static String normalise(String idNumber) {
        if (idNumber == null) {
            throw new IllegalArgumentException("the ID number is empty");
        }
        String folded = Normalizer.normalize(idNumber, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
                sb.append(c);
            } else if (!Character.isWhitespace(c) && c != '-') {
                throw new IllegalArgumentException("an ID number has only digits and letters");
            }
        }
        if (sb.length() == 0) {
            throw new IllegalArgumentException("the ID number is empty");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "LegalRepresentativeHasher[pepper=***]";
    }
}
