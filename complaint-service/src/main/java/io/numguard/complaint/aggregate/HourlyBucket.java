package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.SourceWeights;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Complaints about one subject in one clock hour (UTC), of one category from one source: the unit the database
 * keeps ({@code PRIMARY KEY (subject_kind, subject_code, hour, category, source)}, upserted with
 * {@code count = count + excluded.count, weighted = weighted + excluded.weighted}). Windows are sums of buckets,
 * so nothing is ever recounted from raw complaints.
 *
 * @param weighted sum of the source weights at the time each complaint was counted
 */
public record HourlyBucket(
        Subject subject,
        Instant hour,
        ComplaintCategory category,
        ComplaintSource source,
        long count,
        long weighted) {

    public HourlyBucket {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(hour, "hour");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("a bucket starts on the hour, got " + hour);
        }
        if (count < 0 || weighted < 0) {
            throw new IllegalArgumentException("count and weighted must not be negative");
        }
    }

    public static Instant hourOf(Instant at) {
        return at.truncatedTo(ChronoUnit.HOURS);
    }

    /**
     * What one counted complaint adds: one bucket increment for the number and one for its segment, by the one
     * {@link BucketRule}. Call it only for complaints that survived the daily de-duplication.
     */
    public static List<HourlyBucket> increments(Complaint complaint, SegmentResolver segments, SourceWeights weights) {
        return new BucketRule(weights, 0).increments(complaint, segments);
    }

    /** Whether two buckets are the same row (same subject, hour, category, source). */
    public boolean sameKey(HourlyBucket other) {
        return subject.equals(other.subject) && hour.equals(other.hour) && category == other.category
                && source == other.source;
    }

    /** The sum of two increments of the same row, as the upsert would do. */
    public HourlyBucket plus(HourlyBucket other) {
        if (!sameKey(other)) {
            throw new IllegalArgumentException("not the same bucket: " + this + " and " + other);
        }
        return new HourlyBucket(subject, hour, category, source, count + other.count, weighted + other.weighted);
    }
}
