package io.numguard.support.problem;

import io.numguard.support.rule.ProblemType;
import io.numguard.support.rule.RefusalReason;
import io.numguard.support.rule.Verdict;

/**
 * The one mapping of a rule's refusal to problem+json, in every service: the reason's {@link ProblemType} and its
 * {@link RefusalReason#problemMembers() members}.
 */
public final class Refusals {
    private Refusals() {
    }

    public static ProblemException problem(RefusalReason reason, String detail) {
        ProblemType type = reason.problemType();
        ProblemException p = new ProblemException(type.status(), type.slug(), type.title(),
                detail == null ? type.slug() : detail);
        reason.problemMembers().forEach(p::with);
        return p;
    }

    public static ProblemException problem(Verdict.Refused<?> refused) {
        return problem(refused.reason(), refused.detail());
    }

    /** The allowed value, or the refusal thrown as its problem. */
    public static <T> T valueOrThrow(Verdict<T> verdict) {
        if (verdict instanceof Verdict.Refused<T> r) {
            throw problem(r);
        }
        return verdict.value();
    }
}
