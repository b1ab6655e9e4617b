package io.numguard.complaint.robocall;

import io.numguard.contracts.number.PhoneNumber;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One carrier's statistics of the calls a 95 number made in one clock hour.
 *
 * @param meanDurationSeconds mean duration of the answered calls (0 when none was answered)
 */
public record CallStats(PhoneNumber number, String carrierId, Instant hour, long attempted, long answered,
                        double meanDurationSeconds) {
    public CallStats {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(hour, "hour");
        String problem = problemWith(attempted, answered, meanDurationSeconds);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("call statistics are per clock hour, got " + hour);
        }
    }

    public double answerRate() {
        return attempted == 0 ? 0 : (double) answered / attempted;
    }

    static String problemWith(long attempted, long answered, double meanDurationSeconds) {
        if (attempted < 0 || answered < 0) {
            return "attempted and answered must not be negative";
        }
        if (answered > attempted) {
            return "answered (" + answered + ") exceeds attempted (" + attempted + ")";
        }
        if (Double.isNaN(meanDurationSeconds) || meanDurationSeconds < 0 || Double.isInfinite(meanDurationSeconds)) {
            return "meanDurationSeconds must be a non-negative number";
        }
        return null;
    }
}
