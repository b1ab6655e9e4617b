package io.numguard.complaint.robocall;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RobocallDetectorTest {
    // 2025-03-10 10:00 UTC = 18:00 in Beijing
    private static final Instant HOUR = Instant.parse("2025-03-10T10:00:00Z");
    private static final Instant NOW = HOUR.plus(Duration.ofMinutes(75));
    private static final Subject SEGMENT = Subject.segment("95123");

    /** numberCalls 200/h, segmentCalls 1000/h, at most 15 s and 20 % answered; dormant <= 100 in 7 days, spike > 500. */
    private final RobocallDetector detector = new RobocallDetector(RobocallRules.defaults());

    private static CallStats stats(String number, long attempted, long answered, double meanSeconds) {
        return new CallStats(PhoneNumber.parse(number), "CT", HOUR, attempted, answered, meanSeconds);
    }

    @Test
    void aNumberDiallingManyShortRarelyAnsweredCallsIsSuspected() {
        SegmentHour traffic = new SegmentHour("95123", HOUR, List.of(
                stats("95123456", 900, 90, 6.0),    // robot
                stats("95123457", 900, 500, 180.0), // busy, but real conversations
                stats("95123458", 150, 5, 3.0)),    // short and unanswered, but not many
                100_000);

        RobocallEvaluation e = detector.evaluate(traffic, Map.of(), NOW);

        assertThat(e.signals()).singleElement().satisfies(s -> {
            assertThat(s.segmentCode()).isEqualTo("95123");
            assertThat(s.number()).isEqualTo("95123456");
            assertThat(s.hour()).isEqualTo(HOUR);
            assertThat(s.callsAttempted()).isEqualTo(900);
            assertThat(s.answerRate()).isEqualTo(0.1);
            assertThat(s.meanDurationSeconds()).isEqualTo(6.0);
            assertThat(s.reason()).startsWith(RobocallDetector.HIGH_VOLUME).contains("900 calls");
            assertThat(s.occurredAt()).isEqualTo(NOW);
        });
        assertThat(e.signalledOn()).containsExactlyEntriesOf(
                Map.of(Subject.number(PhoneNumber.parse("95123456")), LocalDate.of(2025, 3, 10)));
    }

    @Test
    void aSegmentWhoseNumbersTogetherDialLikeARobotIsSuspected() {
        // 20 numbers x 60 calls: no number is over 200, the segment is over 1000
        List<CallStats> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(stats("951234" + (10 + i), 60, 6, 8.0));
        }
        RobocallEvaluation e = detector.evaluate(new SegmentHour("95123", HOUR, calls, 100_000), Map.of(), NOW);

        assertThat(e.signals()).singleElement().satisfies(s -> {
            assertThat(s.number()).isNull();
            assertThat(s.callsAttempted()).isEqualTo(1200);
            assertThat(s.answerRate()).isEqualTo(0.1);
            assertThat(s.reason()).startsWith(RobocallDetector.HIGH_VOLUME);
        });
        assertThat(e.signalledOn()).containsOnlyKeys(SEGMENT);
    }

    @Test
    void carriersAreSummedAndTheMeanDurationWeighedByAnsweredCalls() {
        SegmentHour traffic = new SegmentHour("95123", HOUR, List.of(
                new CallStats(PhoneNumber.parse("95123456"), "CT", HOUR, 150, 10, 4.0),
                new CallStats(PhoneNumber.parse("95123456"), "CM", HOUR, 150, 30, 12.0)), 100_000);

        RobocallSuspected s = detector.evaluate(traffic, Map.of(), NOW).signals().get(0);

        assertThat(s.callsAttempted()).isEqualTo(300);
        assertThat(s.meanDurationSeconds()).isEqualTo(10.0);
        assertThat(s.answerRate()).isEqualTo(40.0 / 300);
    }

    @Test
    void aDormantSegmentThatSuddenlySpikesIsSuspected() {
        // 600 calls, long and well answered: not a robot by volume, but the segment was silent for a week
        List<CallStats> calls = List.of(stats("95123456", 150, 120, 90.0), stats("95123457", 150, 120, 90.0),
                stats("95123458", 150, 120, 90.0), stats("95123459", 150, 120, 90.0));

        RobocallEvaluation dormant = detector.evaluate(new SegmentHour("95123", HOUR, calls, 40), Map.of(), NOW);
        assertThat(dormant.signals()).singleElement().satisfies(s -> {
            assertThat(s.number()).isNull();
            assertThat(s.callsAttempted()).isEqualTo(600);
            assertThat(s.reason()).startsWith(RobocallDetector.DORMANT_SPIKE).contains("40 calls in the previous 7 days");
        });

        RobocallEvaluation neverCalled = detector.evaluate(new SegmentHour("95123", HOUR, calls, 0), Map.of(), NOW);
        assertThat(neverCalled.signals()).hasSize(1);

        RobocallEvaluation busyBefore = detector.evaluate(new SegmentHour("95123", HOUR, calls, 5_000), Map.of(), NOW);
        assertThat(busyBefore.signals()).isEmpty();

        List<CallStats> small = List.of(stats("95123456", 300, 240, 90.0));
        assertThat(detector.evaluate(new SegmentHour("95123", HOUR, small, 0), Map.of(), NOW).signals()).isEmpty();
    }

    @Test
    void bothSegmentRulesTogetherGiveOneSignalWithBothReasons() {
        List<CallStats> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(stats("951234" + (10 + i), 60, 6, 8.0));
        }
        RobocallEvaluation e = detector.evaluate(new SegmentHour("95123", HOUR, calls, 0), Map.of(), NOW);
        assertThat(e.signals()).singleElement().satisfies(s -> assertThat(s.reason())
                .contains(RobocallDetector.HIGH_VOLUME).contains(RobocallDetector.DORMANT_SPIKE));
    }

    @Test
    void signalsOncePerSubjectPerChinaDay() {
        Map<Subject, LocalDate> log = new HashMap<>();
        List<CallStats> robot = List.of(stats("95123456", 900, 90, 6.0));

        RobocallEvaluation first = detector.evaluate(new SegmentHour("95123", HOUR, robot, 0), log, NOW);
        assertThat(first.signals()).hasSize(2); // the number by volume, the segment by its dormant spike
        log.putAll(first.signalledOn());

        // 19:00 and 23:00 in Beijing, same day: nothing more
        for (int h = 1; h <= 5; h++) {
            Instant later = HOUR.plus(Duration.ofHours(h));
            List<CallStats> again = List.of(new CallStats(PhoneNumber.parse("95123456"), "CT", later, 900, 90, 6.0));
            RobocallEvaluation e = detector.evaluate(new SegmentHour("95123", later, again, 0), log, later);
            assertThat(e.signals()).as("hour +%d", h).isEmpty();
        }

        // 16:00 UTC = 00:00 in Beijing the next day: signals again
        Instant nextDay = Instant.parse("2025-03-10T16:00:00Z");
        List<CallStats> tomorrow = List.of(new CallStats(PhoneNumber.parse("95123456"), "CT", nextDay, 900, 90, 6.0));
        RobocallEvaluation next = detector.evaluate(new SegmentHour("95123", nextDay, tomorrow, 0), log, nextDay);
        assertThat(next.signals()).hasSize(2);
        assertThat(next.signalledOn()).containsValue(LocalDate.of(2025, 3, 11));
    }
}
