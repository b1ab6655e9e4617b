package io.numguard.contracts.events;

import java.time.Instant;

/** A number or segment dials like a robot: many calls, short, rarely answered; or a dormant segment spiked. */
public record RobocallSuspected(
        String segmentCode,
        String number,
        Instant hour,
        long callsAttempted,
        double answerRate,
        double meanDurationSeconds,
        String reason,
        Instant occurredAt) {
    public RobocallSuspected {
        Require.present("segmentCode", segmentCode);
    }
}
