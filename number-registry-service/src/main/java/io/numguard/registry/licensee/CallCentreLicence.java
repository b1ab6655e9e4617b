package io.numguard.registry.licensee;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The call-centre business licence (e.g. {@code B2-20190001}); both dates are inclusive, China calendar dates.
 */
public record CallCentreLicence(String number, LocalDate validFrom, LocalDate validUntil) {
    public CallCentreLicence {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("licence number is empty");
        }
        number = number.strip();
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        if (validUntil.isBefore(validFrom)) {
            throw new IllegalArgumentException("licence valid-until " + validUntil + " is before valid-from "
                    + validFrom);
        }
    }

    public boolean isValidOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil);
    }
}
