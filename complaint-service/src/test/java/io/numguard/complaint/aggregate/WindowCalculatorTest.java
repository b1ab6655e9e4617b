package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.SourceWeights;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.numguard.complaint.intake.ComplaintCategory.FRAUD;
import static io.numguard.complaint.intake.ComplaintCategory.HARASSMENT;
import static io.numguard.complaint.intake.ComplaintCategory.MARKETING;
import static io.numguard.complaint.intake.ComplaintSource.CARRIER;
import static io.numguard.complaint.intake.ComplaintSource.CITIZEN;
import static io.numguard.complaint.intake.ComplaintSource.POLICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WindowCalculatorTest {
    private static final Instant NOW = Instant.parse("2025-03-10T10:30:00Z");
    private static final Subject NUMBER = Subject.number(PhoneNumber.parse("95123456"));
    private static final Subject SEGMENT = Subject.segment("95123");

    private static HourlyBucket bucket(Subject s, Duration ago, ComplaintCategory c, ComplaintSource src, long count,
                                       long weighted) {
        return new HourlyBucket(s, HourlyBucket.hourOf(NOW.minus(ago)), c, src, count, weighted);
    }

    @Test
    void sumsBucketsByCategoryAndSourceInEachWindow() {
        List<HourlyBucket> buckets = List.of(
                bucket(NUMBER, Duration.ZERO, HARASSMENT, CITIZEN, 3, 3),
                bucket(NUMBER, Duration.ofHours(5), FRAUD, CARRIER, 2, 4),
                bucket(NUMBER, Duration.ofDays(3), FRAUD, POLICE, 1, 10),
                bucket(NUMBER, Duration.ofDays(20), MARKETING, CITIZEN, 7, 7),
                bucket(NUMBER, Duration.ofDays(31), MARKETING, CITIZEN, 100, 100), // out of every window
                bucket(SEGMENT, Duration.ZERO, HARASSMENT, CITIZEN, 50, 50));      // another subject

        Map<Window, WindowTotals> all = WindowCalculator.allWindows(NUMBER, NOW, buckets, List.of());

        WindowTotals day = all.get(Window.P1D);
        assertThat(day.count()).isEqualTo(5);
        assertThat(day.weighted()).isEqualTo(7);
        assertThat(day.count(HARASSMENT)).isEqualTo(3);
        assertThat(day.weighted(FRAUD)).isEqualTo(4);
        assertThat(day.count(CARRIER)).isEqualTo(2);
        assertThat(day.weighted(POLICE)).isZero();
        assertThat(day.countByCategory()).containsOnlyKeys(ComplaintCategory.values());

        WindowTotals week = all.get(Window.P7D);
        assertThat(week.weighted()).isEqualTo(17);
        assertThat(week.weighted(POLICE)).isEqualTo(10);
        assertThat(week.weighted(FRAUD)).isEqualTo(14);

        WindowTotals month = all.get(Window.P30D);
        assertThat(month.count()).isEqualTo(13);
        assertThat(month.weighted()).isEqualTo(24);
        assertThat(month.count(MARKETING)).isEqualTo(7);
        assertThat(month.count(CITIZEN)).isEqualTo(10);
    }

    @Test
    void aWindowIsWholeHoursEndingWithTheCurrentOne() {
        // at 10:30, the 24 h window holds 11:00 yesterday .. 10:00 today
        assertThat(Window.P1D.from(NOW)).isEqualTo(Instant.parse("2025-03-09T11:00:00Z"));
        assertThat(Window.P1D.until(NOW)).isEqualTo(Instant.parse("2025-03-10T11:00:00Z"));
        List<HourlyBucket> buckets = List.of(
                new HourlyBucket(NUMBER, Instant.parse("2025-03-09T10:00:00Z"), FRAUD, CITIZEN, 1, 1), // out
                new HourlyBucket(NUMBER, Instant.parse("2025-03-09T11:00:00Z"), FRAUD, CITIZEN, 2, 2), // in
                new HourlyBucket(NUMBER, Instant.parse("2025-03-10T10:00:00Z"), FRAUD, CITIZEN, 4, 4), // in
                new HourlyBucket(NUMBER, Instant.parse("2025-03-10T11:00:00Z"), FRAUD, CITIZEN, 8, 8)); // future
        assertThat(WindowCalculator.totals(NUMBER, Window.P1D, NOW, buckets, List.of()).count()).isEqualTo(6);
    }

    @Test
    void countsDistinctComplainantsPerWindow() {
        List<ComplainantSighting> sightings = List.of(
                new ComplainantSighting(SEGMENT, "alice", NOW.minus(Duration.ofHours(1))),
                new ComplainantSighting(SEGMENT, "alice", NOW.minus(Duration.ofHours(2))),
                new ComplainantSighting(SEGMENT, "bob", NOW.minus(Duration.ofDays(2))),
                new ComplainantSighting(SEGMENT, "carol", NOW.minus(Duration.ofDays(10))),
                new ComplainantSighting(NUMBER, "dave", NOW));

        Map<Window, WindowTotals> all = WindowCalculator.allWindows(SEGMENT, NOW, List.of(),
                DistinctComplainants.of(sightings));

        assertThat(all.get(Window.P1D).distinctComplainants()).isEqualTo(1);
        assertThat(all.get(Window.P7D).distinctComplainants()).isEqualTo(2);
        assertThat(all.get(Window.P30D).distinctComplainants()).isEqualTo(3);
    }

    @Test
    void aCountedComplaintIncrementsItsNumberAndItsSegment() {
        Complaint c = new Complaint(PhoneNumber.parse("95123456"), FRAUD, CARRIER, "h", "CT",
                Instant.parse("2025-03-10T10:42:13Z"));

        List<HourlyBucket> increments = HourlyBucket.increments(c, SegmentResolver.prefixOnly(), SourceWeights.DEFAULT);

        assertThat(increments).containsExactly(
                new HourlyBucket(NUMBER, Instant.parse("2025-03-10T10:00:00Z"), FRAUD, CARRIER, 1, 2),
                new HourlyBucket(SEGMENT, Instant.parse("2025-03-10T10:00:00Z"), FRAUD, CARRIER, 1, 2));
        assertThat(ComplainantSighting.of(c, SegmentResolver.prefixOnly()))
                .extracting(ComplainantSighting::subject).containsExactly(NUMBER, SEGMENT);

        // increments of the same row add up, as the upsert does
        HourlyBucket twice = increments.get(0).plus(increments.get(0));
        assertThat(twice.count()).isEqualTo(2);
        assertThat(twice.weighted()).isEqualTo(4);
        assertThatThrownBy(() -> increments.get(0).plus(increments.get(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNumberBelongsToTheRegistryKnownSegmentElseItsFiveDigitPrefix() {
        PhoneNumber n = PhoneNumber.parse("95123456");
        assertThat(SegmentResolver.prefixOnly().segmentCodeOf(n)).isEqualTo("95123");

        SegmentResolver registry = number -> number.digits().startsWith("951234")
                ? java.util.Optional.of("951234") : java.util.Optional.empty();
        assertThat(registry.segmentCodeOf(n)).isEqualTo("951234");
        assertThat(registry.segmentCodeOf(PhoneNumber.parse("95125999"))).isEqualTo("95125");

        Complaint c = new Complaint(n, FRAUD, CITIZEN, "h", null, NOW);
        assertThat(HourlyBucket.increments(c, registry, SourceWeights.DEFAULT).get(1).subject())
                .isEqualTo(Subject.segment("951234"));
    }

    @Test
    void bucketsStartOnTheHourAndSubjectsAreValidated() {
        assertThatThrownBy(() -> new HourlyBucket(NUMBER, NOW, FRAUD, CITIZEN, 1, 1))
                .hasMessageContaining("on the hour");
        assertThatThrownBy(() -> Subject.segment("9512")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Subject.segment("95123456")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Subject.segment("951234").code()).isEqualTo("951234");
    }

    @Test
    void topSegmentsSortByWeightedTotal() {
        List<HourlyBucket> buckets = List.of(
                bucket(Subject.segment("95111"), Duration.ZERO, FRAUD, CITIZEN, 3, 3),
                bucket(Subject.segment("95222"), Duration.ZERO, FRAUD, POLICE, 1, 10),
                bucket(Subject.segment("95333"), Duration.ZERO, FRAUD, CARRIER, 3, 6));
        List<WindowTotals> totals = new ArrayList<>();
        for (String code : List.of("95111", "95222", "95333")) {
            totals.add(WindowCalculator.totals(Subject.segment(code), Window.P7D, NOW, buckets, List.of()));
        }
        totals.sort(WindowTotals.BY_WEIGHTED_DESC);
        assertThat(totals).extracting(t -> t.subject().code()).containsExactly("95222", "95333", "95111");
    }
}
