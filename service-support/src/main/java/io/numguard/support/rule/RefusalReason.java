package io.numguard.support.rule;

import java.util.Map;

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

    /**
     * Members the problem always carries for this reason besides type, title, status and detail: what tells the
     * caller what to send instead (e.g. {@code field} = the request field it is about, {@code allowed} = the accepted
     * values). None by default.
     */
    default Map<String, Object> problemMembers() {
        return Map.of();
    }
}
