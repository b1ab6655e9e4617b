package io.numguard.contracts.number;

/**
 * A 95 number in its canonical form: national digits only, {@code 95} followed by 3 to 6 digits (a 5- or 6-digit
 * segment code, or a number of up to 8 digits after expansion). Parsed once, at the edge, from the forms people
 * type: {@code +86 95123456}, {@code 0086-951-234-56}, full-width digits {@code ９５１２３４５６}, spaces, dashes,
 * dots and brackets.
 */
public record PhoneNumber(String digits) {
    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 8;

    public PhoneNumber {
        String problem = problemWithCanonical(digits);
        if (problem != null) {
            throw new InvalidPhoneNumberException(problem);
        }
    }

    /** Parses what a person or a carrier's system typed; throws {@link InvalidPhoneNumberException} with a reason. */
    public static PhoneNumber parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidPhoneNumberException("number is empty");
        }
        StringBuilder sb = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= '0' && c <= '9') {
                sb.append(c);
            } else if (c >= '\uFF10' && c <= '\uFF19') { // full-width digits
                sb.append((char) ('0' + (c - '\uFF10')));
            } else if (c == '+' || c == '\uFF0B') {
                if (sb.length() != 0) {
                    throw new InvalidPhoneNumberException("'+' is allowed only at the start");
                }
                sb.append('+');
            } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '\u3000' || c == '\uFF0D'
                    || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '\t') {
                // separators people type, including the ideographic space and full-width dash
            } else {
                throw new InvalidPhoneNumberException("unexpected character '" + c + "'");
            }
        }
        String s = sb.toString();
        if (s.startsWith("+")) {
            if (!s.startsWith("+86")) {
                throw new InvalidPhoneNumberException("only Chinese (+86) 95 numbers are governed here");
            }
            s = s.substring(3);
        } else if (s.startsWith("0086")) {
            s = s.substring(4);
        }
        return new PhoneNumber(s);
    }

    /** Whether {@link #parse(String)} would accept the input; for bulk paths that report instead of throw. */
    public static String problemWith(String raw) {
        try {
            parse(raw);
            return null;
        } catch (InvalidPhoneNumberException e) {
            return e.getMessage();
        }
    }

    private static String problemWithCanonical(String digits) {
        if (digits == null || digits.isEmpty()) {
            return "number is empty";
        }
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return "number must contain digits only";
            }
        }
        if (!digits.startsWith("95")) {
            return "not a 95 number: must start with 95";
        }
        if (digits.length() < MIN_LENGTH || digits.length() > MAX_LENGTH) {
            return "a 95 number has " + MIN_LENGTH + " to " + MAX_LENGTH + " digits, got " + digits.length();
        }
        return null;
    }

    @Override
    public String toString() {
        return digits;
    }
}
