package io.numguard.contracts.events;

import java.time.Instant;
import java.util.List;

/**
 * The current reputation label of a number or segment (compacted topic, key = subject). Cleared labels are
 * published as tombstones (null value), not with this record.
 *
 * @param subjectKind NUMBER or SEGMENT
 * @param label       NONE, MARKETING, HARASSMENT, SUSPECTED_FRAUD or FRAUD
 */
public record ReputationLabelChanged(
        String subject,
        String subjectKind,
        String label,
        double score,
        List<String> reasons,
        Instant occurredAt) {
    public ReputationLabelChanged {
        Require.present("subject", subject);
        Require.present("label", label);
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
