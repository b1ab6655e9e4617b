package io.numguard.complaint.intake;

import io.numguard.support.rule.ProblemType;
import io.numguard.support.rule.RefusalReason;

import java.util.Map;

/**
 * Why a complaint, a carrier mark row or a call-statistics row was refused. Each reason is one problem+json type
 * ({@code urn:numguard:problem:<slug>}) with the HTTP status it deserves when it refuses a whole request; the slug is
 * also a rejected row's {@code reason}, so never rename one.
 */
public enum IntakeRefusalReason implements RefusalReason {
    INVALID_NUMBER("invalid-number", 400, "Not a 95 number"),
    UNKNOWN_CATEGORY("unknown-category", 400, "Unknown complaint category"),
    INVALID_COMPLAINANT("invalid-complainant", 422, "The complainant's phone number is not usable"),
    MISSING_TIME("missing-time", 422, "Time is missing"),
    TIME_IN_FUTURE("time-in-future", 422, "Time is in the future"),
    TIME_TOO_OLD("time-too-old", 422, "Time is too far in the past"),
    INVALID_CALL_STATISTICS("invalid-call-statistics", 422, "Call statistics do not add up"),
    EMPTY_ROW("empty-row", 422, "Row is empty"),
    /** Given with the seconds to wait as {@link RateLimited}. */
    RATE_LIMITED("rate-limited", 429, "Too many complaints"),
    BATCH_TOO_LARGE("batch-too-large", 413, "Batch too large");

    private final ProblemType problemType;

    IntakeRefusalReason(String slug, int status, String title) {
        this.problemType = new ProblemType(slug, title, status);
    }

    @Override
    public ProblemType problemType() {
        return problemType;
    }

    /** An unknown category names the field and the accepted values. */
    @Override
    public Map<String, Object> problemMembers() {
        return this == UNKNOWN_CATEGORY ? Map.of("field", "category", "allowed", ComplaintCategory.NAMES) : Map.of();
    }
}
