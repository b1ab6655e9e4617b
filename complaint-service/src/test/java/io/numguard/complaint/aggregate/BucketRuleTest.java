package io.numguard.complaint.aggregate;

import io.numguard.complaint.assessment.Reassessment;
import io.numguard.complaint.assessment.Reassessor;
import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.SourceWeights;
import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.ReputationPolicy;
import io.numguard.complaint.threshold.ThresholdDetector;
import io.numguard.complaint.threshold.ThresholdRule;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.numguard.complaint.intake.ComplaintCategory.FRAUD;
import static io.numguard.complaint.intake.ComplaintCategory.HARASSMENT;
import static io.numguard.complaint.intake.ComplaintSource.CARRIER;
import static io.numguard.complaint.intake.ComplaintSource.CITIZEN;
import static io.numguard.complaint.intake.ComplaintSource.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one bucket rule: source weighting and the quiet floor, as the segment folder and re-assessment apply it. */
class BucketRuleTest {
    private static final Instant NOW = Instant.parse("2026-11-28T10:30:00Z");
    private static final Instant FROM = NOW.minus(Duration.ofDays(30));
    private static final String NUMBER = "95123456";
    private static final Subject NUMBER_SUBJECT = Subject.number(PhoneNumber.parse(NUMBER));
    private static final SegmentResolver SEGMENTS = n -> Optional.of("95123");

    private final BucketRule rule = new BucketRule(SourceWeights.DEFAULT, 10);

    private record Counted(Instant at, ComplaintCategory category, ComplaintSource source, String complainantHash)
            implements BucketRule.Counted {
    }

    private static Counted counted(int hoursAgo, ComplaintCategory category, ComplaintSource source, String who) {
        return new Counted(NOW.minus(Duration.ofHours(hoursAgo)), category, source, who);
    }

    @Test
    void aComplaintAddsOneAndItsSourcesWeightInTheBucketOfItsHour() {
        Instant at = Instant.parse("2026-11-28T10:42:13Z");
        Instant hour = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(rule.increment(NUMBER_SUBJECT, at, FRAUD, CITIZEN))
                .isEqualTo(new HourlyBucket(NUMBER_SUBJECT, hour, FRAUD, CITIZEN, 1, 1));
        assertThat(rule.increment(NUMBER_SUBJECT, at, FRAUD, CARRIER).weighted()).isEqualTo(2);
        assertThat(rule.increment(NUMBER_SUBJECT, at, FRAUD, POLICE).weighted()).isEqualTo(10);
        BucketRule custom = new BucketRule(new SourceWeights(2, 3, 20), 0);
        assertThat(custom.increment(NUMBER_SUBJECT, at, FRAUD, POLICE).weighted()).isEqualTo(20);
        assertThat(custom.weightOf(CARRIER)).isEqualTo(3);
    }

    @Test
    void aComplaintIncrementsItsNumberAndItsSegmentAlike() {
        Complaint c = new Complaint(PhoneNumber.parse(NUMBER), HARASSMENT, POLICE, null, "FZ",
                Instant.parse("2026-11-28T09:05:00Z"));
        List<HourlyBucket> increments = rule.increments(c, SEGMENTS);
        Instant hour = Instant.parse("2026-11-28T09:00:00Z");
        assertThat(increments).containsExactly(
                new HourlyBucket(NUMBER_SUBJECT, hour, HARASSMENT, POLICE, 1, 10),
                new HourlyBucket(Subject.segment("95123"), hour, HARASSMENT, POLICE, 1, 10));
        // HourlyBucket.increments is the same rule
        assertThat(HourlyBucket.increments(c, SEGMENTS, SourceWeights.DEFAULT)).isEqualTo(increments);
    }

    @Test
    void sumsAddUpIncrementsOfTheSameBucketOnly() {
        BucketRule.Sums sums = new BucketRule.Sums();
        Subject segment = Subject.segment("95123");
        Instant at = Instant.parse("2026-11-28T10:10:00Z");
        sums.add(rule.increment(segment, at, FRAUD, CARRIER));
        sums.add(rule.increment(segment, at.plusSeconds(600), FRAUD, CARRIER));
        sums.add(rule.increment(segment, at, FRAUD, POLICE));
        sums.add(rule.increment(segment, at.plus(Duration.ofHours(1)), FRAUD, CARRIER));
        sums.add(rule.increment(segment, at, HARASSMENT, CARRIER));
        Instant hour = Instant.parse("2026-11-28T10:00:00Z");
        assertThat(sums.buckets()).containsExactly(
                new HourlyBucket(segment, hour, FRAUD, CARRIER, 2, 4),
                new HourlyBucket(segment, hour, FRAUD, POLICE, 1, 10),
                new HourlyBucket(segment, hour.plus(Duration.ofHours(1)), FRAUD, CARRIER, 1, 2),
                new HourlyBucket(segment, hour, HARASSMENT, CARRIER, 1, 2));
        assertThat(new BucketRule.Sums().isEmpty()).isTrue();
    }

    @Test
    void aNumberIsQuietBelowTheFloorOnlyWithoutStoredState() {
        List<Counted> nine = List.of(counted(1, FRAUD, CARRIER, null), counted(2, FRAUD, CARRIER, null),
                counted(3, HARASSMENT, CARRIER, null), counted(4, FRAUD, CARRIER, null), counted(5, FRAUD, CITIZEN, "a"));
        assertThat(rule.weightSince(nine, FROM)).isEqualTo(9);
        assertThat(rule.isQuiet(false, nine, FROM)).isTrue();
        assertThat(rule.isQuiet(true, nine, FROM)).as("a stored label or threshold state must be re-assessed")
                .isFalse();
        List<Counted> ten = new ArrayList<>(nine);
        ten.add(counted(6, FRAUD, CITIZEN, "b"));
        assertThat(rule.isQuiet(false, ten, FROM)).as("at the floor").isFalse();
        assertThat(rule.withoutQuietFloor().isQuiet(false, nine, FROM)).isFalse();
        assertThat(rule.withoutQuietFloor().quietFloor()).isZero();
        assertThat(rule.isQuiet(false, List.of(), FROM)).isTrue();
    }

    @Test
    void complaintsBeforeTheWindowWeighNothing() {
        List<Counted> old = List.of(counted(24 * 31, FRAUD, POLICE, null), counted(1, FRAUD, CITIZEN, "a"));
        assertThat(rule.weightSince(old, FROM)).isEqualTo(1);
        assertThat(rule.isQuiet(false, old, FROM)).isTrue();
        BucketRule.NumberBuckets out = rule.withoutQuietFloor().numbers(List.of(NUMBER), Map.of(NUMBER, old), FROM,
                s -> false);
        assertThat(out.buckets().get(NUMBER_SUBJECT)).extracting(HourlyBucket::source).containsExactly(CITIZEN);
    }

    @Test
    void numbersAreBucketedWithTheirDistinctComplainantsUnlessQuiet() {
        String loud = "95123457";
        String quiet = "95123458";
        String held = "95123459";
        String silent = "95123450";
        Map<String, List<Counted>> counted = new HashMap<>();
        counted.put(loud, List.of(counted(0, FRAUD, POLICE, null), counted(0, FRAUD, CITIZEN, "a"),
                counted(0, FRAUD, CITIZEN, "b"), counted(30, HARASSMENT, CITIZEN, "a")));
        counted.put(quiet, List.of(counted(0, FRAUD, CARRIER, null)));
        counted.put(held, List.of(counted(0, FRAUD, CARRIER, null)));
        Subject heldSubject = new Subject(SubjectKind.NUMBER, held);

        BucketRule.NumberBuckets out = rule.numbers(List.of(loud, quiet, held, silent), counted, FROM,
                heldSubject::equals);

        Subject loudSubject = new Subject(SubjectKind.NUMBER, loud);
        assertThat(out.quiet()).containsExactlyInAnyOrder(new Subject(SubjectKind.NUMBER, quiet),
                new Subject(SubjectKind.NUMBER, silent));
        assertThat(out.buckets()).containsOnlyKeys(loudSubject, heldSubject);
        Instant hour = HourlyBucket.hourOf(NOW);
        assertThat(out.buckets().get(loudSubject)).containsExactlyInAnyOrder(
                new HourlyBucket(loudSubject, hour, FRAUD, POLICE, 1, 10),
                new HourlyBucket(loudSubject, hour, FRAUD, CITIZEN, 2, 2),
                new HourlyBucket(loudSubject, HourlyBucket.hourOf(NOW.minus(Duration.ofHours(30))), HARASSMENT,
                        CITIZEN, 1, 1));
        assertThat(out.complainants().get(loudSubject)).extracting(DistinctHour::complainants).contains(2L);
        assertThat(out.complainants()).doesNotContainKey(heldSubject);
        assertThat(out.buckets().get(heldSubject)).containsExactly(
                new HourlyBucket(heldSubject, hour, FRAUD, CARRIER, 1, 2));
    }

    /** The folder's path (increments summed) and re-assessment's path (a number's complaints) give the same buckets. */
    @Test
    void theFolderAndTheReassessmentBucketAlike() {
        List<Counted> counted = new ArrayList<>();
        List<Complaint> complaints = new ArrayList<>();
        ComplaintSource[] sources = ComplaintSource.values();
        ComplaintCategory[] categories = ComplaintCategory.values();
        for (int i = 0; i < 40; i++) {
            ComplaintSource source = sources[i % sources.length];
            ComplaintCategory category = categories[i % categories.length];
            String who = source == CITIZEN ? "c" + i : null;
            Counted c = counted(i % 7, category, source, who);
            counted.add(c);
            complaints.add(new Complaint(PhoneNumber.parse(NUMBER), category, source, who, null, c.at()));
        }
        BucketRule.Sums folded = new BucketRule.Sums();
        for (Complaint c : complaints) {
            rule.increments(c, SEGMENTS).stream().filter(b -> b.subject().isNumber()).forEach(folded::add);
        }
        List<HourlyBucket> reassessed = rule.numbers(List.of(NUMBER), Map.of(NUMBER, counted), FROM, s -> false)
                .buckets().get(NUMBER_SUBJECT);
        assertThat(reassessed).containsExactlyInAnyOrderElementsOf(folded.buckets());
        assertThat(reassessed.stream().collect(Collectors.summingLong(HourlyBucket::weighted)))
                .isEqualTo(rule.weightSince(counted, FROM));
    }

    /** The floor is sound: a number the rule calls quiet, re-assessed anyway, comes out with nothing to store. */
    @Test
    void aQuietNumberReassessedAnywayGivesNothing() {
        Reassessor reassessor = new Reassessor(new ThresholdDetector(ThresholdRule.defaults(), SEGMENTS),
                ReputationPolicy.defaults());
        BucketRule fromRules = new BucketRule(SourceWeights.DEFAULT, reassessor.quietBelow(SubjectKind.NUMBER));
        List<Counted> counted = List.of(counted(0, FRAUD, CARRIER, null), counted(1, FRAUD, CARRIER, null),
                counted(2, FRAUD, CARRIER, null), counted(3, FRAUD, CARRIER, null), counted(4, FRAUD, CITIZEN, "a"));
        assertThat(fromRules.isQuiet(false, counted, FROM)).isTrue();
        BucketRule.NumberBuckets all = fromRules.withoutQuietFloor().numbers(List.of(NUMBER), Map.of(NUMBER, counted),
                FROM, s -> false);
        Reassessment r = reassessor.reassess(NUMBER_SUBJECT, all.buckets().get(NUMBER_SUBJECT),
                all.complainants().getOrDefault(NUMBER_SUBJECT, List.of()), Map.of(), null, NOW);
        assertThat(r.thresholds().crossings()).isEmpty();
        assertThat(r.reputation().label()).isEqualTo(Label.NONE);
        assertThat(r.keepsReputation()).isFalse();
    }

    @Test
    void theFloorIsNotNegative() {
        assertThatThrownBy(() -> new BucketRule(SourceWeights.DEFAULT, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
