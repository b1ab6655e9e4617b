package io.numguard.contracts;

import java.util.Locale;
import java.util.Optional;

/** Reading an enum constant from what a payload or a person wrote, the one lenient way every module uses. */
public final class EnumNames {
    private EnumNames() {
    }

    /**
     * The constant of {@code values} named {@code raw}, ignoring case and surrounding blanks; empty for null, blank
     * or any other name, so the caller decides what an unknown name means (reject, dead-letter, treat as unknown).
     *
     * @param values the enum's {@code values()}, kept by the caller so a hot path does not copy the array
     */
    public static <E extends Enum<E>> Optional<E> parse(E[] values, String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String name = raw.trim().toUpperCase(Locale.ROOT);
        for (E e : values) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }
}
