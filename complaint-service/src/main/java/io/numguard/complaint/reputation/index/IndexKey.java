package io.numguard.complaint.reputation.index;

import java.util.Objects;

/**
 * One entry of the reputation index that a committed transaction changed, as the other replicas are told of it:
 * they re-read the entry's row(s) from the database, which is the truth; the key only says where to look.
 * On the wire {@code <kind>:<code>}, e.g. {@code N:95436100}.
 */
public record IndexKey(Kind kind, String code) {
    public enum Kind {
        /** A segment's registry state (status, outbound, expanded, whether its filings are tracked). */
        SEGMENT('S'),
        /** Whether an 8-digit sub-number is filed. */
        FILING('F'),
        /** A number's label and score. */
        NUMBER_REPUTATION('N'),
        /** A segment's label and score. */
        SEGMENT_REPUTATION('G');

        final char letter;

        Kind(char letter) {
            this.letter = letter;
        }
    }

    public IndexKey {
        Objects.requireNonNull(kind, "kind");
        if (code == null || code.isEmpty() || code.indexOf(' ') >= 0 || code.indexOf(':') >= 0) {
            throw new IllegalArgumentException("not an index key code: " + code);
        }
    }

    public static IndexKey segment(String code) {
        return new IndexKey(Kind.SEGMENT, code);
    }

    public static IndexKey filing(String number) {
        return new IndexKey(Kind.FILING, number);
    }

    public static IndexKey numberReputation(String number) {
        return new IndexKey(Kind.NUMBER_REPUTATION, number);
    }

    public static IndexKey segmentReputation(String code) {
        return new IndexKey(Kind.SEGMENT_REPUTATION, code);
    }

    public String wire() {
        return kind.letter + ":" + code;
    }

    /** Reads {@link #wire()}; a malformed key (another version's, say) is an IllegalArgumentException. */
    public static IndexKey parse(String wire) {
        if (wire == null || wire.length() < 3 || wire.charAt(1) != ':') {
            throw new IllegalArgumentException("not an index key: " + wire);
        }
        for (Kind k : Kind.values()) {
            if (k.letter == wire.charAt(0)) {
                return new IndexKey(k, wire.substring(2));
            }
        }
        throw new IllegalArgumentException("unknown index key kind in " + wire);
    }
}
