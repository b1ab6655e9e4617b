package io.numguard.complaint.robocall;

import io.numguard.complaint.aggregate.Subject;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One hour of one segment's outbound traffic, the input of {@link RobocallDetector}.
 *
 * @param calls              every carrier's statistics for the segment's numbers in this hour (other hours and
 *                           several rows per number, one per carrier, are fine: they are summed)
 * @param callsInLookback    the segment's attempts over {@link RobocallRules#lookbackFrom(Instant)} .. hour
 *                           (exclusive), 0 if it never called
 */
public record SegmentHour(String segmentCode, Instant hour, List<CallStats> calls, long callsInLookback) {
    public SegmentHour {
        if (!Subject.isSegmentCode(segmentCode)) {
            throw new IllegalArgumentException("not a segment code: " + segmentCode);
        }
        Objects.requireNonNull(hour, "hour");
        if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
            throw new IllegalArgumentException("a segment hour starts on the hour, got " + hour);
        }
        calls = List.copyOf(calls);
        if (callsInLookback < 0) {
            throw new IllegalArgumentException("callsInLookback must not be negative");
        }
    }
}
