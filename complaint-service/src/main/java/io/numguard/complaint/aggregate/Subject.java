package io.numguard.complaint.aggregate;

import io.numguard.contracts.number.PhoneNumber;

import java.util.Objects;

/**
 * A number (up to 8 digits) or a segment (95 + 3 or 4 digits). The code is canonical digits, so it is also the
 * Kafka record key and the database key.
 */
public record Subject(SubjectKind kind, String code) {
    public Subject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (kind == SubjectKind.NUMBER) {
            new PhoneNumber(code); // validates
        } else if (!isSegmentCode(code)) {
            throw new IllegalArgumentException("a segment code is 95 followed by 3 or 4 digits, got '" + code + "'");
        }
    }

    public static Subject number(PhoneNumber number) {
        return new Subject(SubjectKind.NUMBER, number.digits());
    }

    public static Subject segment(String code) {
        return new Subject(SubjectKind.SEGMENT, code);
    }

    public boolean isNumber() {
        return kind == SubjectKind.NUMBER;
    }

    /** The segment this subject belongs to: itself for a segment, resolved (or the 5-digit prefix) for a number. */
    public String segmentCode(SegmentResolver resolver) {
        return isNumber() ? resolver.segmentCodeOf(new PhoneNumber(code)) : code;
    }

    public static boolean isSegmentCode(String code) {
        if (code == null || (code.length() != 5 && code.length() != 6) || !code.startsWith("95")) {
            return false;
        }
        for (int i = 2; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** Written out: subjects key every map of a batch's re-assessment, and the generated record methods showed. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Subject other && kind == other.kind && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + kind.ordinal();
    }

    @Override
    public String toString() {
        return kind + ":" + code;
    }
}
