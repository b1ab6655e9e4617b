package io.numguard.contracts.identity;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How a legal representative's ID number becomes the {@code legalRepresentativeHash} that events carry:
 * HMAC-SHA256, keyed with a secret pepper from configuration, of the normalised number, as lower-case hex. Part of
 * the contract: the registry and enforcement (and any partner that matches people) must hash alike and share the
 * pepper, or a sanction on a person will not match. The raw number is never kept. Thread-safe.
 */
public final class LegalRepresentativeHashing {
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public LegalRepresentativeHashing(String pepper) {
        if (pepper == null || pepper.isBlank()) {
            throw new IllegalArgumentException("the legal representative pepper must be configured");
        }
        this.key = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    public String hash(String idNumber) {
        String normalised = normalise(idNumber);
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.US_ASCII)));
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
        if (sb.isEmpty()) {
            throw new IllegalArgumentException("the ID number is empty");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "LegalRepresentativeHashing[pepper=***]";
    }
}
