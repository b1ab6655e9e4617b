package io.numguard.complaint.assessment;

import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.SegmentResolver;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.LabelRules;
import io.numguard.complaint.reputation.ReputationPolicy;
import io.numguard.complaint.threshold.ThresholdDetector;
import io.numguard.complaint.threshold.ThresholdRule;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The intake skips numbers whose re-assessment cannot change anything ({@link Reassessor#quietBelow}): below the
 * floor, whatever the mix of categories, sources and hours, a subject without stored state gets no crossing, no
 * state change and no label; at the floor something can happen.
 */
class QuietSubjectTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:30:00Z");
    private static final Subject NUMBER = Subject.number(new PhoneNumber("95123456"));
    private static final SegmentResolver SEGMENTS = n -> Optional.of("95123");

    private final Reassessor defaults = new Reassessor(new ThresholdDetector(ThresholdRule.defaults(), SEGMENTS),
            ReputationPolicy.defaults());

    @Test
    void theFloorIsTheLowestThresholdOrLabelBarOfTheKind() {
        assertThat(defaults.quietBelow(SubjectKind.NUMBER)).isEqualTo(10);
        assertThat(defaults.quietBelow(SubjectKind.SEGMENT)).isEqualTo(10);
        Reassessor strictLabels = new Reassessor(new ThresholdDetector(ThresholdRule.defaults(), SEGMENTS),
                new ReputationPolicy(new LabelRules(Window.P30D, 6, 10, 20, 10, 30), LabelRules.segmentDefaults()));
        assertThat(strictLabels.quietBelow(SubjectKind.NUMBER)).isEqualTo(6);
    }

    @Test
    void belowTheFloorNothingHappensWhateverTheMix() {
        long floor = defaults.quietBelow(SubjectKind.NUMBER);
        for (ComplaintCategory category : ComplaintCategory.values()) {
            for (ComplaintSource source : ComplaintSource.values()) {
                for (int hoursAgo : new int[] {0, 23, 24 * 7 - 1, 24 * 30 - 1}) {
                    List<HourlyBucket> buckets = List.of(bucket(category, source, hoursAgo, floor - 1));
                    Reassessment r = defaults.reassess(NUMBER, buckets, List.of(), Map.of(), null, NOW);
                    assertThat(r.thresholds().crossings()).as(category + "/" + source).isEmpty();
                    assertThat(r.thresholds().changes()).isEmpty();
                    assertThat(r.reputation().label()).isEqualTo(Label.NONE);
                    assertThat(r.labelChange()).isEmpty();
                    assertThat(r.keepsReputation()).isFalse();
                }
            }
        }
        // spread over categories and sources too
        List<HourlyBucket> spread = new ArrayList<>();
        long left = floor - 1;
        for (ComplaintCategory category : ComplaintCategory.values()) {
            if (left > 0) {
                spread.add(bucket(category, ComplaintSource.CITIZEN, 1, 1));
                left--;
            }
        }
        spread.add(bucket(ComplaintCategory.FRAUD, ComplaintSource.POLICE, 2, left));
        Reassessment r = defaults.reassess(NUMBER, spread, List.of(), Map.of(), null, NOW);
        assertThat(r.thresholds().crossings()).isEmpty();
        assertThat(r.reputation().label()).isEqualTo(Label.NONE);
    }

    @Test
    void atTheFloorSomethingHappens() {
        long floor = defaults.quietBelow(SubjectKind.NUMBER);
        Reassessment r = defaults.reassess(NUMBER, List.of(bucket(ComplaintCategory.HARASSMENT,
                ComplaintSource.CARRIER, 0, floor)), List.of(), Map.of(), null, NOW);
        assertThat(r.thresholds().crossings()).hasSize(1);
        assertThat(r.reputation().label()).isEqualTo(Label.HARASSMENT);
    }

    /** {@code weight} as carried by one bucket (the count does not matter to thresholds or labels). */
    private static HourlyBucket bucket(ComplaintCategory category, ComplaintSource source, int hoursAgo, long weight) {
        return new HourlyBucket(NUMBER, NOW.truncatedTo(ChronoUnit.HOURS).minus(hoursAgo, ChronoUnit.HOURS), category,
                source, 1, weight);
    }
}
