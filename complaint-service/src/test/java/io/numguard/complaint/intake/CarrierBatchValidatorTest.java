package io.numguard.complaint.intake;

import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarrierBatchValidatorTest {
    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");
    private final ComplainantHasher hasher = ComplainantHasher.ofSecret("a-test-secret-of-32-characters!!");
    private final CarrierBatchValidator validator = new CarrierBatchValidator(IntakeRules.defaults(), hasher);

    @Test
    void eachRowIsAcceptedOrRejectedOnItsOwn() {
        List<CarrierMarkRow> rows = new ArrayList<>(List.of(
                new CarrierMarkRow("95123456", "FRAUD", NOW.minusSeconds(60), null),
                new CarrierMarkRow("9512", "FRAUD", NOW, null),
                new CarrierMarkRow("95123457", "SPAM", NOW, null),
                new CarrierMarkRow("95123458", "harassment", NOW.plus(Duration.ofHours(1)), null),
                new CarrierMarkRow("95123458", "harassment", NOW.plus(Duration.ofMinutes(4)), "13800138000"),
                new CarrierMarkRow("95123459", "MARKETING", null, null),
                new CarrierMarkRow("95123459", "MARKETING", NOW.minus(Duration.ofDays(31)), null),
                new CarrierMarkRow("95123459", "MARKETING", NOW, "not-a-phone")));
        rows.add(null);

        BatchResult<Complaint> result = validator.validate("CT", rows, NOW);

        assertThat(result.rows()).hasSize(9);
        assertThat(result.rows()).extracting(BatchRow::row).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(result.rows()).extracting(r -> r.outcome() instanceof Verdict.Refused<Complaint> x
                ? x.reason() : null).containsExactly(
                null,
                IntakeRefusalReason.INVALID_NUMBER,
                IntakeRefusalReason.UNKNOWN_CATEGORY,
                IntakeRefusalReason.TIME_IN_FUTURE,
                null, // four minutes ahead is clock skew
                IntakeRefusalReason.MISSING_TIME,
                IntakeRefusalReason.TIME_TOO_OLD,
                IntakeRefusalReason.INVALID_COMPLAINANT,
                IntakeRefusalReason.EMPTY_ROW);
        assertThat(result.acceptedCount()).isEqualTo(2);
        assertThat(result.rejectedCount()).isEqualTo(7);
        assertThat(result.rejectedRows()).allSatisfy(r ->
                assertThat(((Verdict.Refused<Complaint>) r.outcome()).detail()).isNotBlank());

        List<Complaint> accepted = result.acceptedValues();
        assertThat(accepted.get(0).source()).isEqualTo(ComplaintSource.CARRIER);
        assertThat(accepted.get(0).reporter()).isEqualTo("CT");
        assertThat(accepted.get(0).complainantHash()).isNull();
        assertThat(accepted.get(0).dedupeKey()).isEmpty();
        assertThat(accepted.get(1).complainantHash()).isEqualTo(hasher.hash("13800138000"));
        assertThat(accepted.get(1).dedupeKey()).isPresent();
    }

    @Test
    void aBatchOfTenThousandRowsIsFineOneMoreIsNot() {
        List<CarrierMarkRow> max = Collections.nCopies(10_000, new CarrierMarkRow("95123456", "FRAUD", NOW, null));
        assertThat(validator.validate("CM", max, NOW).acceptedCount()).isEqualTo(10_000);

        List<CarrierMarkRow> tooMany = new ArrayList<>(max);
        tooMany.add(max.get(0));
        assertThatThrownBy(() -> validator.validate("CM", tooMany, NOW))
                .isInstanceOfSatisfying(BatchTooLargeException.class, e -> {
                    assertThat(e.rows()).isEqualTo(10_001);
                    assertThat(e.reason().problemType().status()).isEqualTo(413);
                });
    }

    @Test
    void anEmptyBatchIsEmpty() {
        assertThat(validator.validate("CU", List.of(), NOW).rows()).isEmpty();
    }
}
