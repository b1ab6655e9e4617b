package io.numguard.complaint.robocall;

import java.time.Instant;

/** One row of a carrier's call statistics, as received (not yet validated); {@code hour} is truncated to the hour. */
public record CallStatsRow(String number, Instant hour, Long attempted, Long answered, Double meanDurationSeconds) {
}
