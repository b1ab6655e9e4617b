package io.numguard.complaint.intake;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns a complainant's own phone number into HMAC-SHA256(secret, canonical number), hex. The raw number is never
 * stored; a keyed hash (unlike a plain hash) cannot be reversed by hashing every possible mobile number without the
 * secret. Rotating the secret breaks de-duplication and distinct counts across the rotation, nothing else.
 *
 * <p>The number is canonicalised first (separators, full-width digits, {@code +86}/{@code 0086} dropped) so that
 * the same person typing differently hashes the same. Thread-safe.
 */
public final class ComplainantHasher {
    public static final int MIN_SECRET_BYTES = 16;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs;

    public ComplainantHasher(byte[] secret) {
        if (secret == null || secret.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("the complainant hash secret needs at least " + MIN_SECRET_BYTES
                    + " bytes");
        }
        this.key = new SecretKeySpec(Arrays.copyOf(secret, secret.length), ALGORITHM);
        newMac(); // fail at start-up, not at the first complaint
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    /** The secret as configured in text (UTF-8 bytes). */
    public static ComplainantHasher ofSecret(String secret) {
        return new ComplainantHasher(secret == null ? null : secret.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret as Base64, the usual form for a generated key in a Kubernetes secret. */
    public static ComplainantHasher ofBase64Secret(String base64) {
        return new ComplainantHasher(Base64.getDecoder().decode(base64));
    }

    /** The hash of a complainant's phone number; throws {@link IllegalArgumentException} if it is not a number. */
    public String hash(String complainantPhone) {
        String canonical = canonical(complainantPhone)
                .orElseThrow(() -> new IllegalArgumentException("not a phone number"));
        Mac mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(canonical.getBytes(StandardCharsets.US_ASCII)));
    }

    /**
     * The hash of a complainant known by their login (the token subject) rather than by a phone number: the same
     * keyed hash, over a prefixed form so that it can never equal a phone number's hash.
     */
    public String hashIdentity(String subject) {
        if (subject == null || subject.isBlank()) {
            throw new IllegalArgumentException("the complainant's identity is required");
        }
        Mac mac = macs.get();
        return HexFormat.of().formatHex(mac.doFinal(("id:" + subject).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Digits only, without the country prefix: {@code +86 138-0013-8000} and {@code 13800138000} are the same
     * person. Empty if the input has other characters or not 5 to 20 digits.
     */
    public static Optional<String> canonical(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= '\uFF10' && c <= '\uFF19') {
                sb.append((char) ('0' + (c - '\uFF10')));
            } else if ((c == '+' || c == '\uFF0B') && sb.length() == 0) {
                sb.append('+');
            } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '\u3000' && c != '\uFF0D'
                    && c != '\t') {
                return Optional.empty();
            }
        }
        String s = sb.toString();
        if (s.startsWith("+86")) {
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        } else if (s.startsWith("+")) {
            s = "00" + s.substring(1); // other countries keep their code, in one spelling
        }
        if (s.length() < 5 || s.length() > 20) {
            return Optional.empty();
        }
        return Optional.of(s);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (InvalidKeyException e) {
            throw new IllegalArgumentException("unusable complainant hash secret", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        }
    }
}
