package io.numguard.complaint.robocall;

import io.numguard.complaint.BeijingTime;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.number.PhoneNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Finds numbers and segments that dial like robots ({@link RobocallRules}) and publishes
 * {@code signal.robocall-suspected} at most once per subject per day (calendar day in China of the hour looked at).
 * Pure: the caller passes the days already signalled and stores the ones returned.
 */
public final class RobocallDetector {
    public static final String HIGH_VOLUME = "HIGH_VOLUME_SHORT_UNANSWERED";
    public static final String DORMANT_SPIKE = "DORMANT_SEGMENT_SPIKE";

    private final RobocallRules rules;

    public RobocallDetector(RobocallRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public RobocallRules rules() {
        return rules;
    }

    /**
     * @param lastSignalled the day each subject (the segment, its numbers) was last signalled; missing = never
     */
    public RobocallEvaluation evaluate(SegmentHour traffic, Map<Subject, LocalDate> lastSignalled, Instant now) {
        LocalDate day = BeijingTime.dateOf(traffic.hour());
        List<RobocallSuspected> signals = new ArrayList<>();
        Map<Subject, LocalDate> signalledOn = new HashMap<>();

        Map<PhoneNumber, Totals> perNumber = new LinkedHashMap<>();
        Totals segment = new Totals();
        for (CallStats c : traffic.calls()) {
            if (!c.hour().equals(traffic.hour())) {
                continue;
            }
            perNumber.computeIfAbsent(c.number(), n -> new Totals()).add(c);
            segment.add(c);
        }

        for (Map.Entry<PhoneNumber, Totals> e : perNumber.entrySet()) {
            Subject subject = Subject.number(e.getKey());
            Totals t = e.getValue();
            if (day.equals(lastSignalled.get(subject)) || !looksLikeRobot(t, rules.numberCallsPerHour())) {
                continue;
            }
            signals.add(signal(traffic, e.getKey().digits(), t, volumeReason(t, rules.numberCallsPerHour()), now));
            signalledOn.put(subject, day);
        }

        Subject segmentSubject = Subject.segment(traffic.segmentCode());
        if (!day.equals(lastSignalled.get(segmentSubject))) {
            List<String> reasons = new ArrayList<>(2);
            if (looksLikeRobot(segment, rules.segmentCallsPerHour())) {
                reasons.add(volumeReason(segment, rules.segmentCallsPerHour()));
            }
            if (traffic.callsInLookback() <= rules.dormantMaxCalls() && segment.attempted > rules.spikeCallsPerHour()) {
                reasons.add(String.format(Locale.ROOT,
                        "%s: %d calls in the previous %d days (at most %d means dormant), then %d in one hour"
                                + " (more than %d)",
                        DORMANT_SPIKE, traffic.callsInLookback(), rules.dormantDays(), rules.dormantMaxCalls(),
                        segment.attempted, rules.spikeCallsPerHour()));
            }
            if (!reasons.isEmpty()) {
                signals.add(signal(traffic, null, segment, String.join("; ", reasons), now));
                signalledOn.put(segmentSubject, day);
            }
        }
        return new RobocallEvaluation(signals, signalledOn);
    }

    private boolean looksLikeRobot(Totals t, long callsPerHour) {
        return t.attempted > callsPerHour
                && t.meanDuration() <= rules.maxMeanDurationSeconds()
                && t.answerRate() <= rules.maxAnswerRate();
    }

    private String volumeReason(Totals t, long callsPerHour) {
        return String.format(Locale.ROOT,
                "%s: %d calls in one hour (more than %d), %.0f%% answered (at most %.0f%%), mean %.1f s (at most %.1f s)",
                HIGH_VOLUME, t.attempted, callsPerHour, t.answerRate() * 100, rules.maxAnswerRate() * 100,
                t.meanDuration(), rules.maxMeanDurationSeconds());
    }

    private static RobocallSuspected signal(SegmentHour traffic, String number, Totals t, String reason,
                                            Instant now) {
        return new RobocallSuspected(traffic.segmentCode(), number, traffic.hour(), t.attempted, t.answerRate(),
                t.meanDuration(), reason, now);
    }

    /** Sums over carriers; the mean duration is weighted by answered calls. */
    private static final class Totals {
        long attempted;
        long answered;
        double answeredSeconds;

        void add(CallStats c) {
            attempted += c.attempted();
            answered += c.answered();
            answeredSeconds += c.meanDurationSeconds() * c.answered();
        }

        double answerRate() {
            return attempted == 0 ? 0 : (double) answered / attempted;
        }

        double meanDuration() {
            return answered == 0 ? 0 : answeredSeconds / answered;
        }
    }
}
