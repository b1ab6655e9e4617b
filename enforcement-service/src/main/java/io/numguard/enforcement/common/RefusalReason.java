package io.numguard.enforcement.common;

/**
 * Why the domain refused a step. Each reason has a stable slug, to become the problem+json {@code type} of the
 * error (e.g. {@code https://numguard.io/problems/four-eyes}); slugs are part of the public contract and never
 * change meaning. The {@link Category} says which HTTP status family fits, without the domain speaking HTTP.
 */
public enum RefusalReason {
    /** The workflow table has no transition for this action from the case's current state. */
    ACTION_NOT_ALLOWED_IN_STATE("action-not-allowed-in-state", Category.CONFLICT),
    /** None of the actor's roles may take this step. */
    ROLE_NOT_ALLOWED("role-not-allowed", Category.FORBIDDEN),
    /** A provincial regulator acting on a case or licensee of another province (only the ministry, CN, may). */
    OUTSIDE_PROVINCE("outside-province", Category.FORBIDDEN),
    /** The regulator who proposed a suspension, revocation or reinstatement tried to approve it too. */
    FOUR_EYES("four-eyes", Category.FORBIDDEN),
    /** A carrier acknowledged an order for a segment it does not carry (so it owes no acknowledgement). */
    NOT_A_CARRIER_OF_THIS_ORDER("not-a-carrier-of-this-order", Category.FORBIDDEN),
    /** Someone other than the referring police agency asked for a referral. */
    NOT_THE_REFERRING_AGENCY("not-the-referring-agency", Category.FORBIDDEN),
    /** A sanction that has already been lifted cannot be lifted again. */
    SANCTION_ALREADY_LIFTED("sanction-already-lifted", Category.CONFLICT),
    /** A case is already open for this segment or licensee; one open case per subject. */
    CASE_ALREADY_OPEN("case-already-open", Category.CONFLICT),
    /** The case concerns no known segment, so there is nothing an order could suspend, revoke or reinstate. */
    CASE_HAS_NO_SEGMENT("case-has-no-segment", Category.CONFLICT),
    /** A sanction names a case that concerns another licensee (or no known one): it cannot be that case's outcome. */
    CASE_OF_ANOTHER_LICENSEE("case-of-another-licensee", Category.CONFLICT),
    /** The step needs a reason (proposals, rejections, sanctions, lifting a sanction) and none was given. */
    REASON_REQUIRED("reason-required", Category.INVALID),
    /** Input the domain cannot accept (a negative loss, a number that is not a 95 number, a missing field). */
    INVALID_INPUT("invalid-input", Category.INVALID);

    /** Kind of refusal, for choosing a status: FORBIDDEN ~ 403, CONFLICT ~ 409, INVALID ~ 400/422. */
    public enum Category {
        FORBIDDEN, CONFLICT, INVALID
    }

    private final String slug;
    private final Category category;

    RefusalReason(String slug, Category category) {
        this.slug = slug;
        this.category = category;
    }

    public String slug() {
        return slug;
    }

    public Category category() {
        return category;
    }
}
