package io.numguard.complaint.intake;

import io.numguard.complaint.BeijingTime;
import io.numguard.contracts.number.PhoneNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One complainant, one number, one calendar day in China: repeated complaints with the same key count once.
 * In the database this is a unique constraint (complainant_hash, number, local_date) on the complaint table,
 * or {@link #value()} as a single unique column.
 */
public record DedupeKey(String complainantHash, String number, LocalDate day) {
    public DedupeKey {
        Objects.requireNonNull(complainantHash, "complainantHash");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(day, "day");
    }

    public static DedupeKey of(String complainantHash, PhoneNumber number, Instant at) {
        return new DedupeKey(complainantHash, number.digits(), BeijingTime.dateOf(at));
    }

    /** A single-string form, e.g. {@code 3f2a...|95123456|2025-03-01}. */
    public String value() {
        return complainantHash + '|' + number + '|' + day;
    }
}
