package io.numguard.enforcement.common.service;

import io.numguard.enforcement.common.RefusalReason;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.Verdict;

/**
 * Where enforcement's services turn a domain {@link Verdict} into an answer: the allowed value, or the refusal
 * thrown as problem+json (which rolls the transaction back), all rendered by service-support's {@link Refusals}
 * (type, title, status and the members a reason names, e.g. {@code reason-required}'s {@code field}).
 */
public final class Verdicts {
    private Verdicts() {
    }

    public static ProblemException problem(RefusalReason reason, String detail) {
        return Refusals.problem(reason, detail);
    }

    /** For a yes/no policy: nothing when it allows, the refusal as a problem when it refuses. */
    public static void require(Verdict<?> policy) {
        valueOrThrow(policy);
    }

    /** The allowed value, or the refusal as a problem. */
    public static <T> T valueOrThrow(Verdict<T> verdict) {
        return Refusals.valueOrThrow(verdict);
    }
}
