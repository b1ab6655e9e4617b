package io.numguard.contracts.events;

import java.time.Instant;

/**
 * A licensee filed the real-name record of an 8-digit sub-number of an expanded segment. Says only that the number is
 * filed: never who the end client is (that personal data stays in the registry).
 *
 * @param segmentCode            the segment the number belongs to (also the record key)
 * @param number                 the 8-digit number
 * @param replacesEarlierFiling  true when this corrects an earlier filing of the same number (kept in the registry's
 *                               history), false for the number's first filing
 */
public record SubNumberFiled(
        String segmentCode,
        String number,
        Instant filedAt,
        boolean replacesEarlierFiling) {
    public SubNumberFiled {
        Require.present("segmentCode", segmentCode);
        Require.present("number", number);
        Require.present("filedAt", filedAt);
    }
}
