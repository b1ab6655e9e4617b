package io.numguard.contracts.identity;

import java.util.Locale;

/**
 * Unified Social Credit Code (统一社会信用代码, GB 32100-2015): 18 characters from {@link #CHARSET}, the last being
 * a check character over the first 17. One implementation for every service (the registry's licensees, enforcement's
 * sanctions), so that what one accepts the other does too. Parsed once at the edge; an instance is always valid and upper case.
 * Only the check character is verified here, not the meaning of the inner fields (authority, type, division code).
 */
public record Uscc(String value) {
    public static final int LENGTH = 18;
    /** The 31 characters of GB 32100-2015; a character's value is its index. No I, O, S, V, Z. */
    public static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * Accepts the code with surrounding whitespace and in lower case; throws {@link InvalidUsccException} saying
     * whether the length, a character or the check character is wrong (and then which character was expected).
     */
    public Uscc {
        value = normalise(value);
        if (value.length() != LENGTH) {
            throw new InvalidUsccException(InvalidUsccException.Problem.WRONG_LENGTH,
                    "a USCC has " + LENGTH + " characters, got " + value.length(), null);
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = value.charAt(i);
            if (CHARSET.indexOf(c) < 0) {
                throw new InvalidUsccException(InvalidUsccException.Problem.ILLEGAL_CHARACTER,
                        "illegal character '" + c + "' at position " + (i + 1)
                                + ": a USCC uses only digits and A-Z without I, O, S, V, Z", null);
            }
        }
        char expected = checkCharacter(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != expected) {
            throw new InvalidUsccException(InvalidUsccException.Problem.WRONG_CHECK_CHARACTER,
                    "wrong check character '" + value.charAt(LENGTH - 1) + "': the first 17 characters call for '"
                            + expected + "'", expected);
        }
    }

    /** Same as the constructor; reads better at the edge. */
    public static Uscc parse(String raw) {
        return new Uscc(raw);
    }

    /** The message of the problem with {@code raw}, or null when it is a valid USCC; for bulk paths that report. */
    public static String problemWith(String raw) {
        try {
            new Uscc(raw);
            return null;
        } catch (InvalidUsccException e) {
            return e.getMessage();
        }
    }

    /**
     * The GB 32100-2015 check character for the first 17 characters: {@code 31 - (sum(value * weight) mod 31)},
     * where 31 becomes 0.
     */
    public static char checkCharacter(CharSequence first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("need the first " + (LENGTH - 1) + " characters of a USCC");
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int v = CHARSET.indexOf(Character.toUpperCase(first17.charAt(i)));
            if (v < 0) {
                throw new IllegalArgumentException("illegal character '" + first17.charAt(i) + "' at position "
                        + (i + 1));
            }
            sum += v * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }

    private static String normalise(String raw) {
        return raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
