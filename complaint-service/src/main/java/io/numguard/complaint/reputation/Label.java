package io.numguard.complaint.reputation;

import java.util.Locale;
import java.util.Optional;

/** The reputation label of a number or segment, in rising severity (the ordinal is the severity). */
public enum Label {
    NONE,
    MARKETING,
    HARASSMENT,
    SUSPECTED_FRAUD,
    FRAUD;

    static final Label[] VALUES = values();

    public boolean isMoreSevereThan(Label other) {
        return ordinal() > other.ordinal();
    }

    public static Label mostSevere(Label a, Label b) {
        return a.ordinal() >= b.ordinal() ? a : b;
    }

    public static Optional<Label> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(raw.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
