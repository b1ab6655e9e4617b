package io.numguard.complaint.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Every tunable of the complaint service, under {@code numguard.complaints.*} (env: NUMGUARD_COMPLAINTS_...). */
@ConfigMapping(prefix = "numguard.complaints")
public interface ComplaintSettings {

    Intake intake();

    Thresholds thresholds();

    Labels labels();

    VerdictSettings verdict();

    Robocall robocall();

    /** How often subjects with a label or a signalled threshold are re-assessed (windows drain), e.g. 1h. */
    @WithDefault("1h")
    String reassessmentInterval();

    /** The first pass after start-up. */
    @WithDefault("1m")
    String reassessmentDelay();

    /** How often the segment folder looks for queued complaints it was not woken for (other replicas, retries). */
    @WithDefault("1s")
    Duration foldInterval();

    /**
     * Segment folder workers per replica: segments are split in this many partitions by code, one worker each, so
     * folds use more than one core. A divisor of 256 keeps the partitions' lock stripes apart.
     */
    @WithDefault("2")
    int foldPartitions();

    interface Intake {
        /** Keyed-hash secret for complainants' identities and phone numbers (at least 16 bytes). */
        String complainantHashSecret();

        /** Complaints a citizen may make per {@link #citizenRateWindow()}. */
        @WithDefault("10")
        int citizenRateLimit();

        @WithDefault("P1D")
        Duration citizenRateWindow();

        @WithDefault("PT5M")
        Duration allowedClockSkew();

        @WithDefault("P30D")
        Duration maxAge();

        @WithDefault("10000")
        int maxBatchRows();

        @WithDefault("1")
        int citizenWeight();

        @WithDefault("2")
        int carrierWeight();

        @WithDefault("10")
        int policeWeight();
    }

    interface Thresholds {
        /**
         * Rules as {@code KIND/WINDOW/CATEGORY:threshold:rearmBelow}, e.g. {@code SEGMENT/P1D/ALL:20:16}
         * (CATEGORY is a complaint category or ALL for the weighted total).
         */
        @WithDefault("NUMBER/P1D/ALL:10:8,NUMBER/P7D/ALL:30:24,SEGMENT/P1D/ALL:20:16,SEGMENT/P7D/ALL:50:40,"
                + "SEGMENT/P30D/ALL:100:80,SEGMENT/P1D/FRAUD:10:8")
        List<String> rules();
    }

    interface Labels {
        /** marketing, harassment, suspected fraud, suspected fraud (police), fraud (police) weights for a number. */
        @WithDefault("10,10,20,10,30")
        List<Long> number();

        @WithDefault("30,30,40,10,100")
        List<Long> segment();
    }

    interface VerdictSettings {
        @WithDefault("ALLOW")
        String marketing();

        @WithDefault("WARN")
        String harassment();

        @WithDefault("WARN")
        String suspectedFraud();

        @WithDefault("BLOCK")
        String fraud();

        /** Expired, quarantined or released segment. */
        @WithDefault("WARN")
        String inactiveSegment();

        /** A segment the registry never announced. */
        @WithDefault("WARN")
        String unknownSegment();

        /** An outbound call from an inbound-only segment: WARN or BLOCK. */
        @WithDefault("WARN")
        String outboundFromInboundOnly();

        /** An outbound call from an unfiled sub-number: WARN or BLOCK. */
        @WithDefault("WARN")
        String unfiledSubNumber();

        /** Numbers per POST /api/reputation/lookup. */
        @WithDefault("1000")
        int maxLookup();
    }

    interface Robocall {
        @WithDefault("200")
        long numberCallsPerHour();

        @WithDefault("1000")
        long segmentCallsPerHour();

        @WithDefault("15")
        double maxMeanDurationSeconds();

        @WithDefault("0.2")
        double maxAnswerRate();

        @WithDefault("7")
        int dormantDays();

        @WithDefault("100")
        long dormantMaxCalls();

        @WithDefault("500")
        long spikeCallsPerHour();
    }
}
