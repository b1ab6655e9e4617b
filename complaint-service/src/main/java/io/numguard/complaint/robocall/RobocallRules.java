package io.numguard.complaint.robocall;

import java.time.Duration;
import java.time.Instant;

/**
 * When traffic looks like a robot.
 * <ul>
 *   <li>Volume: in one hour a number dials more than {@code numberCallsPerHour} (a segment, all its numbers together,
 *       more than {@code segmentCallsPerHour}) with a mean answered-call duration of at most
 *       {@code maxMeanDurationSeconds} and an answer rate of at most {@code maxAnswerRate}.</li>
 *   <li>Dormant spike: a segment that made at most {@code dormantMaxCalls} calls over the previous
 *       {@code dormantDays} days (none at all counts) makes more than {@code spikeCallsPerHour} in one hour.</li>
 * </ul>
 */
public record RobocallRules(
        long numberCallsPerHour,
        long segmentCallsPerHour,
        double maxMeanDurationSeconds,
        double maxAnswerRate,
        int dormantDays,
        long dormantMaxCalls,
        long spikeCallsPerHour) {

    public RobocallRules {
        if (numberCallsPerHour < 0 || segmentCallsPerHour < 0 || dormantMaxCalls < 0 || spikeCallsPerHour < 0) {
            throw new IllegalArgumentException("call volumes must not be negative");
        }
        if (maxMeanDurationSeconds < 0) {
            throw new IllegalArgumentException("maxMeanDurationSeconds must not be negative");
        }
        if (maxAnswerRate < 0 || maxAnswerRate > 1) {
            throw new IllegalArgumentException("maxAnswerRate is a fraction 0..1, got " + maxAnswerRate);
        }
        if (dormantDays < 1) {
            throw new IllegalArgumentException("dormantDays must be at least 1, got " + dormantDays);
        }
    }

    /** Example configuration: 200 calls/h per number, 1,000 per segment, at most 15 s and 20 % answered; dormant =
     * at most 100 calls in 7 days, spike = more than 500 in an hour. */
    public static RobocallRules defaults() {
        return new RobocallRules(200, 1_000, 15, 0.2, 7, 100, 500);
    }

    /** Start of the look-back the caller sums a segment's attempts over: {@code [lookbackFrom(hour), hour)}. */
    public Instant lookbackFrom(Instant hour) {
        return hour.minus(Duration.ofDays(dormantDays));
    }
}
