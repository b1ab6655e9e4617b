package io.numguard.enforcement.common.service;

import io.numguard.enforcement.common.RefusalReason;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.Verdict;

/**
 * Where enforcement's services turn a domain {@link Verdict} into an answer: the allowed value, or the refusal
 * thrown as problem+json (which rolls the transaction back). Slug, title and status are the reason's problem type,
 * rendered by service-support's {@link Refusals} alone; this adds only the request field a reason names
 * ({@link RefusalReason#field()}, e.g. {@code reason-required} names {@code reason}).
 */
public final class Verdicts {
    private Verdicts() {
    }

    public static ProblemException problem(Verdict.Refused<?> refused) {
        ProblemException problem = Refusals.problem(refused);
        if (refused.reason() instanceof RefusalReason reason) {
            reason.field().ifPresent(field -> problem.with("field", field));
        }
        return problem;
    }

    public static ProblemException problem(RefusalReason reason, String detail) {
        return problem(Verdict.refused(reason, detail));
    }

    /** For a yes/no policy: nothing when it allows, the refusal as a problem when it refuses. */
    public static void require(Verdict<?> policy) {
        valueOrThrow(policy);
    }

    /** The allowed value, or the refusal as a problem. */
    public static <T> T valueOrThrow(Verdict<T> verdict) {
        if (verdict instanceof Verdict.Refused<T> refused) {
            throw problem(refused);
        }
        return verdict.value();
    }
}
