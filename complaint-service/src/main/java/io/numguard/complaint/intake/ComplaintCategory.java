package io.numguard.complaint.intake;

import java.util.Locale;
import java.util.Optional;

/** What the complainant says the call was. */
public enum ComplaintCategory {
    MARKETING,
    HARASSMENT,
    FRAUD,
    ROBOCALL,
    OTHER;

    private static final ComplaintCategory[] VALUES = values();

    /** Case-insensitive, trimmed; empty for anything else, so a bulk path can reject the row with a reason. */
    public static Optional<ComplaintCategory> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = raw.trim().toUpperCase(Locale.ROOT);
        for (ComplaintCategory c : VALUES) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
