package io.numguard.enforcement.common.service;

import io.numguard.enforcement.common.Outcome;
import io.numguard.enforcement.common.Refusal;
import io.numguard.support.problem.ProblemException;

/**
 * A domain refusal becomes a problem+json whose type is the refusal's slug: 403 for scope (role, province, agency,
 * carrier, four-eyes), 409 for state conflicts, 400 for bad values and a missing reason (naming the field).
 */
public final class Refusals {
    private Refusals() {
    }

    public static ProblemException problem(Refusal refusal) {
        return switch (refusal.reason().category()) {
            case FORBIDDEN -> new ProblemException(403, refusal.slug(), "Refused", refusal.detail());
            case CONFLICT -> new ProblemException(409, refusal.slug(), "Conflicts with the current state",
                    refusal.detail());
            case INVALID -> switch (refusal.reason()) {
                case REASON_REQUIRED -> new ProblemException(400, refusal.slug(), "A reason is required",
                        refusal.detail()).with("field", "reason");
                default -> new ProblemException(400, refusal.slug(), "Invalid input", refusal.detail());
            };
        };
    }

    /** The accepted value, or the refusal as a problem (which rolls the transaction back). */
    public static <T> T orThrow(Outcome<T> outcome) {
        if (outcome instanceof Outcome.Accepted<T> a) {
            return a.value();
        }
        throw problem(outcome.refusal().orElseThrow());
    }
}
