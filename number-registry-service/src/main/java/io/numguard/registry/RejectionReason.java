package io.numguard.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the registry refused something. The slug is stable: it becomes the problem+json {@code type}
 * ({@code .../problems/<slug>}), so never rename one; add a new constant instead.
 */
public enum RejectionReason {
    // allocation policies
    SEGMENT_OUTSIDE_NUMBER_PLAN("segment-outside-number-plan"),
    SEGMENT_OVERLAPS("segment-overlaps"),
    LICENCE_INVALID("licence-invalid"),
    LICENSEE_SANCTIONED("licensee-sanctioned"),
    LEGAL_REPRESENTATIVE_SANCTIONED("legal-representative-sanctioned"),
    OUTSIDE_PROVINCE("outside-province"),

    // segment lifecycle
    SEGMENT_TRANSITION_NOT_ALLOWED("segment-transition-not-allowed"),
    SEGMENT_NOT_YET_EXPIRED("segment-not-yet-expired"),
    QUARANTINE_NOT_OVER("quarantine-not-over"),
    SEGMENT_ALREADY_EXPANDED("segment-already-expanded"),
    OUTBOUND_UNCHANGED("outbound-unchanged"),
    /** Outbound calling asked for a segment whose licensee is under sanction (joint punishment). */
    OUTBOUND_BARRED_BY_SANCTION("outbound-barred-by-sanction"),

    // sub-number filing
    NOT_SEGMENT_HOLDER("not-segment-holder"),
    SEGMENT_NOT_EXPANDED("segment-not-expanded"),
    SEGMENT_NOT_HELD("segment-not-held"),
    NUMBER_OUTSIDE_SEGMENT("number-outside-segment"),

    // licensee
    CONTROL_UNCHANGED("control-unchanged");

    private final String slug;

    RejectionReason(String slug) {
        this.slug = slug;
    }

    /** Stable kebab-case identifier, e.g. {@code segment-overlaps}. */
    public String slug() {
        return slug;
    }

    public static Optional<RejectionReason> fromSlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
