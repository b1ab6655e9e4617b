package io.numguard.enforcement.common;

import java.time.Duration;
import java.util.Objects;

/**
 * The configurable periods of the enforcement domain (to be filled from a {@code @ConfigMapping} at wiring time).
 *
 * @param rectificationPeriod     time a licensee is given to rectify, from the order to rectify (default 15 days)
 * @param acknowledgementPeriod   time a carrier has to acknowledge a suspension or revocation (default 24 hours)
 */
public record EnforcementSettings(Duration rectificationPeriod, Duration acknowledgementPeriod) {
    public static final Duration DEFAULT_RECTIFICATION_PERIOD = Duration.ofDays(15);
    public static final Duration DEFAULT_ACKNOWLEDGEMENT_PERIOD = Duration.ofHours(24);

    public EnforcementSettings {
        requirePositive("rectificationPeriod", rectificationPeriod);
        requirePositive("acknowledgementPeriod", acknowledgementPeriod);
    }

    public static EnforcementSettings defaults() {
        return new EnforcementSettings(DEFAULT_RECTIFICATION_PERIOD, DEFAULT_ACKNOWLEDGEMENT_PERIOD);
    }

    public EnforcementSettings withRectificationPeriod(Duration period) {
        return new EnforcementSettings(period, acknowledgementPeriod);
    }

    public EnforcementSettings withAcknowledgementPeriod(Duration period) {
        return new EnforcementSettings(rectificationPeriod, period);
    }

    private static void requirePositive(String name, Duration d) {
        Objects.requireNonNull(d, name);
        if (d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, got " + d);
        }
    }
}
