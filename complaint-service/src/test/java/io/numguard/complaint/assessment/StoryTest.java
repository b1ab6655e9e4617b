package io.numguard.complaint.assessment;

import io.numguard.devstack.testing.MutableClock;
import io.numguard.complaint.aggregate.ComplainantSighting;
import io.numguard.complaint.aggregate.DistinctComplainants;
import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.intake.CarrierMarkRow;
import io.numguard.complaint.intake.InMemoryCitizenRateLimiter;
import io.numguard.complaint.intake.ComplainantHasher;
import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintIntake;
import io.numguard.complaint.intake.DedupeKey;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.complaint.reputation.CallDirection;
import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.LabelChange;
import io.numguard.complaint.reputation.ReasonCode;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.ReputationPolicy;
import io.numguard.complaint.reputation.ScreeningVerdict;
import io.numguard.complaint.reputation.Verdict;
import io.numguard.complaint.reputation.VerdictPolicy;
import io.numguard.complaint.reputation.VerdictService;
import io.numguard.complaint.threshold.ThresholdDetector;
import io.numguard.complaint.threshold.ThresholdKey;
import io.numguard.complaint.threshold.ThresholdRule;
import io.numguard.complaint.threshold.ThresholdState;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.ThresholdExceeded;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Steps 1-4 and 6 of the story in ARCHITECTURE.md, through the pure domain only, with maps standing in for the
 * tables the wiring will keep.
 */
class StoryTest {
    private final MutableClock clock = MutableClock.at("2025-03-10T02:00:00Z"); // 10:00 in Beijing
    private final ComplainantHasher hasher = ComplainantHasher.ofSecret("a-test-secret-of-32-characters!!");
    private final IntakeRules rules = IntakeRules.defaults();
    private final ComplaintIntake intake = new ComplaintIntake(rules, hasher,
            new InMemoryCitizenRateLimiter(10, Duration.ofDays(1), clock), clock);
    private final ReputationIndex index = new ReputationIndex();
    private final Reassessor reassessor = new Reassessor(new ThresholdDetector(List.of(
            ThresholdRule.weighted(SubjectKind.SEGMENT, Window.P1D, 20).rearmBelow(16),
            ThresholdRule.weighted(SubjectKind.NUMBER, Window.P1D, 10).rearmBelow(8)), index),
            ReputationPolicy.defaults());
    private final VerdictService verdicts = new VerdictService(index, VerdictPolicy.defaults());

    // the tables
    private final Map<String, HourlyBucket> buckets = new HashMap<>();
    private final List<ComplainantSighting> sightings = new ArrayList<>();
    private final Set<DedupeKey> dedupe = new HashSet<>();
    private final Map<ThresholdKey, ThresholdState> thresholdState = new HashMap<>();
    private final Map<Subject, Label> published = new HashMap<>();
    // the outbox
    private final List<ThresholdExceeded> signals = new ArrayList<>();
    private final List<LabelChange> labelChanges = new ArrayList<>();

    private void count(Complaint c) {
        if (c.dedupeKey().isPresent() && !dedupe.add(c.dedupeKey().get())) {
            return; // stored, but not counted twice in a day
        }
        Set<Subject> touched = new HashSet<>();
        for (HourlyBucket inc : HourlyBucket.increments(c, index, rules.weights())) {
            buckets.merge(inc.subject() + "|" + inc.hour() + "|" + inc.category() + "|" + inc.source(), inc,
                    HourlyBucket::plus);
            touched.add(inc.subject());
        }
        sightings.addAll(ComplainantSighting.of(c, index));
        touched.forEach(this::reassess);
    }

    private void reassess(Subject s) {
        Reassessment r = reassessor.reassess(s, buckets.values(), DistinctComplainants.of(sightings), thresholdState, published.get(s),
                clock.instant());
        thresholdState.putAll(r.thresholds().changes());
        signals.addAll(r.thresholds().crossings());
        r.labelChange().ifPresent(change -> {
            labelChanges.add(change);
            published.put(s, change instanceof LabelChange.Publish p ? Label.valueOf(p.event().label()) : Label.NONE);
        });
        r.applyTo(index);
    }

    private void citizen(String number, String category, String phone) {
        var o = intake.citizen(number, category, phone);
        assertThat(o.isAllowed()).as("%s from %s", number, phone).isTrue();
        count(o.value());
    }

    private static SegmentChanged segment(String status) {
        return new SegmentChanged("95123", "91350100MA2XXXXX1A", "FJ", status, List.of("CT"), false, true,
                LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1), null, null, Instant.parse("2025-03-01T00:00:00Z"));
    }

    @Test
    void fromComplaintsToSignalToSuspectedFraudToBlock() {
        // 1. the registry allocated 95123 to licensee A with CT, inbound-only, expanded to 8 digits
        index.applySegmentEvent(segment("ALLOCATED"));

        // 2. citizens and CT report harassment and fraud on three neighbouring numbers
        List<String> numbers = List.of("95123456", "95123457", "95123458");
        List<String> citizens = List.of("13800138001", "13800138002", "13800138003", "13800138004");
        for (String n : numbers) {
            for (String p : citizens) {
                citizen(n, "HARASSMENT", p);
            }
        }
        // the same citizen again, the same day: not counted twice
        citizen("95123456", "FRAUD", "13800138001");
        assertThat(signals).isEmpty(); // 12 weighted so far

        clock.advance(Duration.ofMinutes(30));
        List<CarrierMarkRow> marks = new ArrayList<>();
        for (String n : numbers) {
            marks.add(new CarrierMarkRow(n, "FRAUD", clock.instant().minusSeconds(60), null));
        }
        marks.add(new CarrierMarkRow("not-a-number", "FRAUD", clock.instant(), null));
        var batch = intake.carrierBatch("CT", marks);
        assertThat(batch.rejectedCount()).isEqualTo(1);
        batch.acceptedValues().forEach(this::count);

        // 3. the segment crossed 20 (12 + 3 x 2 = 18 < 20 .. then one more mark) exactly once
        assertThat(signals).isEmpty();
        intake.carrierBatch("CT", List.of(new CarrierMarkRow("95123459", "FRAUD", clock.instant(), null)))
                .acceptedValues().forEach(this::count);
        assertThat(signals).singleElement().satisfies(s -> {
            assertThat(s.segmentCode()).isEqualTo("95123");
            assertThat(s.number()).isNull();
            assertThat(s.weightedCount()).isEqualTo(20);
            assertThat(s.distinctComplainants()).isEqualTo(4);
        });
        citizen("95123459", "HARASSMENT", "13800138009");
        assertThat(signals).hasSize(1);

        // so far harassment, not fraud: an uncomplained number in the segment is merely inbound-only calling out
        assertThat(verdicts.verdict("95123999", CallDirection.OUTBOUND).label()).isEqualTo(Label.NONE);

        // 4. the police refer the case; the segment becomes SUSPECTED_FRAUD and every number in it with it
        clock.advance(Duration.ofHours(2));
        intake.referral(new ReferralReceived("ref-1", "case-1", "FZ-PSB", "FZ-2025-0042",
                new BigDecimal("350000"), numbers, clock.instant())).acceptedValues().forEach(this::count);

        assertThat(published).containsEntry(Subject.segment("95123"), Label.SUSPECTED_FRAUD);
        assertThat(labelChanges).filteredOn(c -> c.key().equals("95123")).last()
                .isInstanceOfSatisfying(LabelChange.Publish.class, p -> {
                    assertThat(p.event().subjectKind()).isEqualTo("SEGMENT");
                    assertThat(p.event().label()).isEqualTo("SUSPECTED_FRAUD");
                    assertThat(p.event().reasons()).anySatisfy(r -> assertThat(r).contains("police"));
                });
        ScreeningVerdict uncomplained = verdicts.verdict("95123999", CallDirection.OUTBOUND);
        assertThat(uncomplained.label()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(uncomplained.verdict()).isEqualTo(Verdict.WARN);
        assertThat(uncomplained.reasonCodes()).contains(ReasonCode.SEGMENT_LABEL_INHERITED);

        // 6. the registry revokes the segment: every number in it is blocked
        index.applySegmentEvent(segment("REVOKED"));
        ScreeningVerdict revoked = verdicts.verdict("95123999", CallDirection.OUTBOUND);
        assertThat(revoked.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(revoked.reasonCodes()).contains(ReasonCode.SEGMENT_REVOKED);
        assertThat(verdicts.verdict("95123456", CallDirection.INBOUND).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void whenComplaintsAgeOutTheThresholdReArmsAndTheLabelIsTombstoned() {
        for (int i = 0; i < 10; i++) {
            citizen("95123456", "MARKETING", "1380013800" + i);
        }
        Subject number = Subject.number(io.numguard.contracts.number.PhoneNumber.parse("95123456"));
        assertThat(signals).singleElement().satisfies(s -> assertThat(s.number()).isEqualTo("95123456"));
        assertThat(published).containsEntry(number, Label.MARKETING);
        assertThat(index.number(io.numguard.contracts.number.PhoneNumber.parse("95123456"))).isPresent();

        clock.advance(Duration.ofDays(2));
        reassess(number);
        assertThat(thresholdState).containsEntry(new ThresholdKey(number, "NUMBER/P1D/ALL"), ThresholdState.BELOW);
        assertThat(published).containsEntry(number, Label.MARKETING); // still within 30 days

        clock.advance(Duration.ofDays(30));
        reassess(number);
        assertThat(labelChanges).last().isEqualTo(new LabelChange.Tombstone(number));
        assertThat(index.number(io.numguard.contracts.number.PhoneNumber.parse("95123456"))).isEmpty();
    }
}
