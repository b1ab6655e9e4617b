package io.numguard.registry;

import io.numguard.support.rule.ProblemType;
import io.numguard.support.rule.RefusalReason;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why the registry refused something. The slug is stable: it becomes the problem+json {@code type}
 * ({@code .../problems/<slug>}), so never rename one; add a new constant instead. Each reason has exactly one
 * {@link ProblemType}, rendered by service-support's {@code Refusals}.
 */
public enum RejectionReason implements RefusalReason {
    // allocation policies
    SEGMENT_OUTSIDE_NUMBER_PLAN("segment-outside-number-plan", Status.UNPROCESSABLE),
    SEGMENT_OVERLAPS("segment-overlaps", Status.UNPROCESSABLE),
    LICENCE_INVALID("licence-invalid", Status.UNPROCESSABLE),
    LICENSEE_SANCTIONED("licensee-sanctioned", Status.UNPROCESSABLE),
    LEGAL_REPRESENTATIVE_SANCTIONED("legal-representative-sanctioned", Status.UNPROCESSABLE),
    OUTSIDE_PROVINCE("outside-province", Status.FORBIDDEN),

    // segment lifecycle
    SEGMENT_TRANSITION_NOT_ALLOWED("segment-transition-not-allowed", Status.CONFLICT),
    SEGMENT_NOT_YET_EXPIRED("segment-not-yet-expired", Status.CONFLICT),
    QUARANTINE_NOT_OVER("quarantine-not-over", Status.CONFLICT),
    SEGMENT_ALREADY_EXPANDED("segment-already-expanded", Status.CONFLICT),
    OUTBOUND_UNCHANGED("outbound-unchanged", Status.CONFLICT),
    /** Outbound calling asked for a segment whose licensee is under sanction (joint punishment). */
    OUTBOUND_BARRED_BY_SANCTION("outbound-barred-by-sanction", Status.UNPROCESSABLE),

    // sub-number filing
    NOT_SEGMENT_HOLDER("not-segment-holder", Status.FORBIDDEN),
    SEGMENT_NOT_EXPANDED("segment-not-expanded", Status.CONFLICT),
    SEGMENT_NOT_HELD("segment-not-held", Status.CONFLICT),
    NUMBER_OUTSIDE_SEGMENT("number-outside-segment", Status.UNPROCESSABLE),

    // licensee
    CONTROL_UNCHANGED("control-unchanged", Status.CONFLICT);

    /** The status family of a reason: 403 scope, 409 state conflict, 422 policy refusal. */
    enum Status {
        FORBIDDEN, CONFLICT, UNPROCESSABLE
    }

    private final String slug;
    private final ProblemType problemType;

    RejectionReason(String slug, Status status) {
        this.slug = slug;
        this.problemType = switch (status) {
            case FORBIDDEN -> new ProblemType(slug, "Outside your scope", 403);
            case CONFLICT -> new ProblemType(slug, ProblemType.titleOf(slug), 409);
            case UNPROCESSABLE -> new ProblemType(slug, ProblemType.titleOf(slug), 422);
        };
    }

    /** Stable kebab-case identifier, e.g. {@code segment-overlaps}. */
    @Override
    public String slug() {
        return slug;
    }

    @Override
    public ProblemType problemType() {
        return problemType;
    }

    public static Optional<RejectionReason> fromSlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}
