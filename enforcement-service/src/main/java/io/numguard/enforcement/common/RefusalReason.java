package io.numguard.enforcement.common;

import io.numguard.support.rule.ProblemType;

import java.util.Map;

/**
 * Why the domain refused a step. Each reason names its one {@link ProblemType} (service-support's vocabulary, so
 * service-support's {@code Refusals} renders it): the stable slug becomes the problem+json {@code type} (e.g.
 * {@code urn:numguard:problem:four-eyes}); slugs are part of the public contract and never change meaning. The
 * status family: 403 for scope (role, province, agency, carrier, four-eyes), 409 for a conflict with the current
 * state, 400 for bad input and a missing reason.
 */
public enum RefusalReason implements io.numguard.support.rule.RefusalReason {
    /** The workflow table has no transition for this action from the case's current state. */
    ACTION_NOT_ALLOWED_IN_STATE(conflict("action-not-allowed-in-state")),
    /** None of the actor's roles may take this step. */
    ROLE_NOT_ALLOWED(forbidden("role-not-allowed")),
    /** A provincial regulator acting on a case or licensee of another province (only the ministry, CN, may). */
    OUTSIDE_PROVINCE(forbidden("outside-province")),
    /** The regulator who proposed a suspension, revocation or reinstatement tried to approve it too. */
    FOUR_EYES(forbidden("four-eyes")),
    /** A carrier acknowledged an order for a segment it does not carry (so it owes no acknowledgement). */
    NOT_A_CARRIER_OF_THIS_ORDER(forbidden("not-a-carrier-of-this-order")),
    /** Someone other than the referring police agency asked for a referral. */
    NOT_THE_REFERRING_AGENCY(forbidden("not-the-referring-agency")),
    /** A sanction that has already been lifted cannot be lifted again. */
    SANCTION_ALREADY_LIFTED(conflict("sanction-already-lifted")),
    /** A case is already open for this segment or licensee; one open case per subject. */
    CASE_ALREADY_OPEN(conflict("case-already-open")),
    /** The case concerns no known segment, so there is nothing an order could suspend, revoke or reinstate. */
    CASE_HAS_NO_SEGMENT(conflict("case-has-no-segment")),
    /** A sanction names a case that concerns another licensee (or no known one): it cannot be that case's outcome. */
    CASE_OF_ANOTHER_LICENSEE(conflict("case-of-another-licensee")),
    /**
     * The step needs a reason (proposals, rejections, sanctions, lifting a sanction) and none was given; the
     * problem names the request's {@code reason} field.
     */
    REASON_REQUIRED(new ProblemType("reason-required", "A reason is required", 400), "reason"),
    /** Input the domain cannot accept (a negative loss, a number that is not a 95 number, a missing field). */
    INVALID_INPUT(new ProblemType("invalid-input", "Invalid input", 400));

    private final ProblemType problemType;
    private final String field;

    RefusalReason(ProblemType problemType) {
        this(problemType, null);
    }

    RefusalReason(ProblemType problemType, String field) {
        this.problemType = problemType;
        this.field = field;
    }

    @Override
    public ProblemType problemType() {
        return problemType;
    }

    /** The request field this reason is always about, named in the problem's {@code field} member. */
    @Override
    public Map<String, Object> problemMembers() {
        return field == null ? Map.of() : Map.of("field", field);
    }

    private static ProblemType forbidden(String slug) {
        return new ProblemType(slug, "Refused", 403);
    }

    private static ProblemType conflict(String slug) {
        return new ProblemType(slug, "Conflicts with the current state", 409);
    }
}
