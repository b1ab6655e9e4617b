package io.numguard.support.rule;

/**
 * Why a rule said no. Each service has one enum of reasons implementing this; each reason maps to exactly one
 * {@link ProblemType}, so the same refusal always gives the same problem+json type, title and status.
 */
public interface RefusalReason {
    ProblemType problemType();

    /** Stable kebab-case identifier, part of the public contract (the problem type URI's last segment). */
    default String slug() {
        return problemType().slug();
    }
}
