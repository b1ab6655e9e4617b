package io.numguard.registry.numberplan;

import io.numguard.contracts.number.InvalidPhoneNumberException;
import io.numguard.contracts.number.PhoneNumber;

/**
 * The code of a 95 segment: {@code 95} followed by 3 or 4 digits (5 or 6 digits in all). A segment holds every number
 * that starts with its code; after expansion, the 8-digit numbers. Lives beside the number plan (not in
 * {@code segment}) so that licensee and segment code can both use it without a package cycle.
 */
public record SegmentCode(String value) implements Comparable<SegmentCode> {
    public static final int MIN_LENGTH = 5;
    public static final int MAX_LENGTH = 6;
    /** Length of the numbers a segment is expanded to. */
    public static final int EXPANDED_LENGTH = 8;

    /** Takes the canonical form only (digits); use {@link #parse(String)} for what people type. */
    public SegmentCode {
        if (value == null || value.isEmpty()) {
            throw new InvalidSegmentCodeException("segment code is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidSegmentCodeException("segment code must contain digits only");
            }
        }
        if (!value.startsWith("95")) {
            throw new InvalidSegmentCodeException("segment code must start with 95");
        }
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidSegmentCodeException("a segment code is 95 followed by 3 or 4 digits, got "
                    + value.length() + " digits");
        }
    }

    /** Parses typed input ({@code 951-23}, {@code +86 95123}, full-width digits) through {@link PhoneNumber}. */
    public static SegmentCode parse(String raw) {
        PhoneNumber number;
        try {
            number = PhoneNumber.parse(raw);
        } catch (InvalidPhoneNumberException e) {
            throw new InvalidSegmentCodeException(e.getMessage());
        }
        return new SegmentCode(number.digits());
    }

    public static SegmentCode of(String canonical) {
        return new SegmentCode(canonical);
    }

    public int length() {
        return value.length();
    }

    /** Two codes overlap when one is a prefix of the other (or they are equal): {@code 95123} and {@code 951234}. */
    public boolean overlaps(SegmentCode other) {
        return value.startsWith(other.value) || other.value.startsWith(value);
    }

    /** Whether the number lies in this segment: it starts with the code. */
    public boolean contains(PhoneNumber number) {
        return number.digits().startsWith(value);
    }

    /** How many 8-digit numbers an expansion yields: 1,000 for a 5-digit code, 100 for a 6-digit one. */
    public int expandedNumberCount() {
        return value.length() == MIN_LENGTH ? 1000 : 100;
    }

    @Override
    public int compareTo(SegmentCode o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
