package io.numguard.enforcement.common;

import java.time.Duration;
import java.util.Objects;

/**
 * The configurable periods of the enforcement domain (to be filled from a {@code @ConfigMapping} at wiring time).
 *
 * @param rectificationPeriod          time a licensee is given to rectify, from the order to rectify (default 15 days)
 * @param suspendAcknowledgementPeriod time a carrier has to acknowledge a suspension (default 24 hours)
 * @param revokeAcknowledgementPeriod  time a carrier has to acknowledge a revocation (default 24 hours)
 */
public record EnforcementSettings(Duration rectificationPeriod, Duration suspendAcknowledgementPeriod,
                                  Duration revokeAcknowledgementPeriod) {
    public static final Duration DEFAULT_RECTIFICATION_PERIOD = Duration.ofDays(15);
    public static final Duration DEFAULT_ACKNOWLEDGEMENT_PERIOD = Duration.ofHours(24);

    public EnforcementSettings {
        requirePositive("rectificationPeriod", rectificationPeriod);
        requirePositive("suspendAcknowledgementPeriod", suspendAcknowledgementPeriod);
        requirePositive("revokeAcknowledgementPeriod", revokeAcknowledgementPeriod);
    }

    /** One acknowledgement period for both kinds of order. */
    public EnforcementSettings(Duration rectificationPeriod, Duration acknowledgementPeriod) {
        this(rectificationPeriod, acknowledgementPeriod, acknowledgementPeriod);
    }

    public static EnforcementSettings defaults() {
        return new EnforcementSettings(DEFAULT_RECTIFICATION_PERIOD, DEFAULT_ACKNOWLEDGEMENT_PERIOD);
    }

    /**
     * The carriers' time to acknowledge an order of this kind.
     *
     * @param orderAction SUSPEND or REVOKE (the only orders carriers acknowledge)
     */
    public Duration acknowledgementPeriod(String orderAction) {
        return switch (orderAction) {
            case "SUSPEND" -> suspendAcknowledgementPeriod;
            case "REVOKE" -> revokeAcknowledgementPeriod;
            default -> throw new IllegalArgumentException("carriers acknowledge SUSPEND and REVOKE orders, not "
                    + orderAction);
        };
    }

    public EnforcementSettings withRectificationPeriod(Duration period) {
        return new EnforcementSettings(period, suspendAcknowledgementPeriod, revokeAcknowledgementPeriod);
    }

    /** The same period for both kinds of order. */
    public EnforcementSettings withAcknowledgementPeriod(Duration period) {
        return new EnforcementSettings(rectificationPeriod, period, period);
    }

    private static void requirePositive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
