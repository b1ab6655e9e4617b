package io.numguard.complaint.aggregate;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How many complainants were last seen complaining about a subject in one hour. A complainant is in a window exactly
 * when their latest sighting is (sightings are never in the future, and windows are whole hours ending with the
 * current one), so distinct complainants per window are sums of these rows, like counts are sums of
 * {@link HourlyBucket}s: no re-reading of complaints.
 */
public record DistinctHour(Subject subject, Instant hour, long complainants) {
    public DistinctHour {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(hour, "hour");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("hour must be a whole hour, got " + hour);
        }
        if (complainants < 0) {
            throw new IllegalArgumentException("complainants must be >= 0, got " + complainants);
        }
    }
}
