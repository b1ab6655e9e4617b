package io.numguard.contracts.events;

import java.time.Instant;

/**
 * A number or a segment crossed a complaint threshold; published once per crossing.
 *
 * @param number   the 8-digit number when the crossing was per number, null for a segment crossing
 * @param window   P1D, P7D or P30D
 * @param category the complaint category that crossed, or ALL for the weighted total
 */
public record ThresholdExceeded(
        String segmentCode,
        String number,
        String window,
        String category,
        long weightedCount,
        long threshold,
        long distinctComplainants,
        Instant occurredAt) {
    public ThresholdExceeded {
        Require.present("segmentCode", segmentCode);
        Require.present("window", window);
    }
}
