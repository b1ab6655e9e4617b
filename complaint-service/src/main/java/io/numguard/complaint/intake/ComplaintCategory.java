package io.numguard.complaint.intake;

import io.numguard.contracts.EnumNames;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What the complainant says the call was. */
public enum ComplaintCategory {
    MARKETING,
    HARASSMENT,
    FRAUD,
    ROBOCALL,
    OTHER;

    private static final ComplaintCategory[] VALUES = values();
    /** The accepted names, in the order of the enum, as the API documents them. */
    public static final List<String> NAMES = Arrays.stream(VALUES).map(Enum::name).toList();

    /** What a caller who sent {@code raw} needs to know: that it is not a category, and which ones are. */
    public static String unknown(String raw) {
        return "unknown category '" + raw + "': one of " + String.join(", ", NAMES);
    }

    /** Case-insensitive, trimmed; empty for anything else, so a bulk path can reject the row with a reason. */
    public static Optional<ComplaintCategory> parse(String raw) {
        return EnumNames.parse(VALUES, raw);
    }
}
