package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.Complaint;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * That a complainant (hash) complained about a subject at a time. Distinct complainants cannot be summed from
 * buckets, so windows count them from these: in the database, the de-duplicated complaints themselves
 * ({@code SELECT complainant_hash, at ... WHERE at >= window start}), at most one per complainant, number and day.
 */
public record ComplainantSighting(Subject subject, String complainantHash, Instant at) {
    public ComplainantSighting {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(complainantHash, "complainantHash");
        Objects.requireNonNull(at, "at");
    }

    /** For the number and its segment; none when no individual complained. */
    public static List<ComplainantSighting> of(Complaint complaint, SegmentResolver segments) {
        if (complaint.complainantHash() == null) {
            return List.of();
        }
        return List.of(
                new ComplainantSighting(Subject.number(complaint.number()), complaint.complainantHash(),
                        complaint.at()),
                new ComplainantSighting(Subject.segment(segments.segmentCodeOf(complaint.number())),
                        complaint.complainantHash(), complaint.at()));
    }
}
