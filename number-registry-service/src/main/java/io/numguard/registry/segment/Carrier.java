package io.numguard.registry.segment;

import java.util.Locale;

/** The carriers a segment can be contracted to; the names are the {@code carrier_id} token claim values. */
public enum Carrier {
    /** China Telecom */
    CT,
    /** China Mobile */
    CM,
    /** China Unicom */
    CU;

    public static Carrier parse(String raw) {
        String s = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        for (Carrier c : values()) {
            if (c.name().equals(s)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown carrier '" + raw + "': use CT, CM or CU");
    }
}
