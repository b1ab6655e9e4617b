package io.numguard.support.paging;

import io.numguard.support.problem.ProblemException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * The keyset position after which the next page starts: the last row's time and id, in the stable order every list
 * uses (newest first: time descending, then id descending). Opaque to callers: base64url of {@code v1|<epoch
 * seconds>|<nanos>|<id>}, so that a client cannot build one from a guess and the form can change with the version.
 */
public record Cursor(Instant at, String id) {
    private static final String VERSION = "v1";
    private static final int MAX_ENCODED = 256;

    public Cursor {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(id, "id");
    }

    public String encode() {
        String plain = VERSION + "|" + at.getEpochSecond() + "|" + at.getNano() + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a previous page's {@code Link: rel="next"} carried, or a 400 {@code invalid-cursor}. */
    public static Cursor decode(String parameter, String encoded) {
        try {
            if (encoded.length() > MAX_ENCODED) {
                throw new IllegalArgumentException("too long");
            }
            String plain = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|", 4);
            if (parts.length != 4 || !VERSION.equals(parts[0]) || parts[3].isEmpty()
                    || parts[3].chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException("not a cursor");
            }
            return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])), parts[3]);
        } catch (RuntimeException e) {
            throw invalid(parameter);
        }
    }

    static ProblemException invalid(String parameter) {
        return new ProblemException(400, "invalid-cursor", "Invalid cursor", "'" + parameter
                + "' is not a cursor this service issued; take it from the Link: rel=\"next\" header of the "
                + "previous page, or leave it out for the first page").with("parameter", parameter);
    }
}
