package io.numguard.enforcement.cases;

import io.numguard.contracts.number.PhoneNumber;

import java.util.Locale;
import java.util.Objects;

/** What a case concerns: a segment (by code) or a licensee (by USCC). At most one open case per subject. */
public record CaseSubject(Kind kind, String id) {

    public enum Kind {
        SEGMENT, LICENSEE
    }

    public CaseSubject {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a case subject needs an id");
        }
        id = id.trim();
        if (kind == Kind.SEGMENT) {
            PhoneNumber code = new PhoneNumber(id);
            if (code.digits().length() > 6) {
                throw new IllegalArgumentException("a segment code has 5 or 6 digits, got " + id);
            }
        }
    }

    public static CaseSubject segment(String code) {
        return new CaseSubject(Kind.SEGMENT, code);
    }

    public static CaseSubject licensee(String uscc) {
        return new CaseSubject(Kind.LICENSEE, uscc);
    }

    public boolean isSegment() {
        return kind == Kind.SEGMENT;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + "/" + id;
    }
}
