package io.numguard.complaint.intake;

import io.numguard.contracts.number.PhoneNumber;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted complaint about a 95 number: a citizen's complaint, one row of a carrier's marks, or one suspect
 * number of a police referral.
 *
 * @param complainantHash salted hash of the complaining person's own phone number ({@link ComplainantHasher});
 *                        null when no individual is known (a carrier mark without the marking subscriber, a
 *                        referral). Only complaints with a complainant are de-duplicated per day and counted as
 *                        distinct complainants.
 * @param reporter        the carrier id (CT, CM, CU) or police agency that delivered it; null for citizens
 * @param at              when the complaint was made: server time for a citizen, the mark time for a carrier
 *                        row, the referral time for the police
 */
public record Complaint(
        PhoneNumber number,
        ComplaintCategory category,
        ComplaintSource source,
        String complainantHash,
        String reporter,
        Instant at) {

    public Complaint {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        if (source == ComplaintSource.CITIZEN && complainantHash == null) {
            throw new IllegalArgumentException("a citizen complaint needs the complainant's hash");
        }
    }

    /** Present when an individual complained; the same key twice on one day means the second one does not count. */
    public Optional<DedupeKey> dedupeKey() {
        return complainantHash == null ? Optional.empty() : Optional.of(DedupeKey.of(complainantHash, number, at));
    }
}
