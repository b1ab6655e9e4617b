package io.numguard.complaint.intake;

import io.numguard.support.rule.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IntakeRulesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"MARKETING, MARKETING", "fraud, FRAUD", "' Harassment ', HARASSMENT", "robocall, ROBOCALL",
            "other, OTHER"})
    void categoriesAreParsedLeniently(String raw, ComplaintCategory expected) {
        assertThat(ComplaintCategory.parse(raw)).contains(expected);
    }

    @Test
    void unknownCategoriesAreEmpty() {
        assertThat(ComplaintCategory.parse("SPAM")).isEmpty();
        assertThat(ComplaintCategory.parse(null)).isEmpty();
        assertThat(ComplaintCategory.parse("")).isEmpty();
    }

    @Test
    void defaultWeightsPutThePoliceFirst() {
        SourceWeights w = SourceWeights.DEFAULT;
        assertThat(w.weightOf(ComplaintSource.CITIZEN)).isEqualTo(1);
        assertThat(w.weightOf(ComplaintSource.CARRIER)).isEqualTo(2);
        assertThat(w.weightOf(ComplaintSource.POLICE)).isEqualTo(10);
    }

    @Test
    void weightsAreConfigurableButThePoliceMayNotWeighLess() {
        assertThat(new SourceWeights(2, 3, 20).weightOf(ComplaintSource.POLICE)).isEqualTo(20);
        assertThatThrownBy(() -> new SourceWeights(1, 5, 4)).hasMessageContaining("police");
        assertThatThrownBy(() -> new SourceWeights(0, 2, 10)).hasMessageContaining("at least 1");
    }

    @Test
    void batchSizeIsCappedAtTenThousand() {
        assertThat(IntakeRules.defaults().maxBatchRows()).isEqualTo(10_000);
        assertThatThrownBy(() -> new IntakeRules(SourceWeights.DEFAULT, java.time.Duration.ZERO,
                java.time.Duration.ofDays(1), 10_001)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReportedTimeIsAllowedWithinSkewAndAgeOtherwiseRefusedWithItsReason() {
        IntakeRules rules = IntakeRules.defaults();
        Instant now = Instant.parse("2025-03-10T10:00:00Z");
        assertThat(rules.checkTime(now.plus(Duration.ofMinutes(4)), now).value())
                .isEqualTo(now.plus(Duration.ofMinutes(4)));
        assertThat(rules.checkTime(now.minus(Duration.ofDays(30)), now).isAllowed()).isTrue();
        assertThat(rules.checkTime(null, now).refusalReason()).contains(IntakeRefusalReason.MISSING_TIME);
        assertThat(rules.checkTime(now.plus(Duration.ofMinutes(6)), now).refusalReason())
                .contains(IntakeRefusalReason.TIME_IN_FUTURE);
        assertThat(rules.checkTime(now.minus(Duration.ofDays(30)).minusSeconds(1), now).refusal().orElseThrow()
                .detail()).contains("older than PT720H");
    }

    /** The slugs are the problem types and the rows' reasons of the public API: stable, unique, kebab-case. */
    @Test
    void eachRefusalReasonNamesOneProblemType() {
        assertThat(Arrays.stream(IntakeRefusalReason.values()).map(IntakeRefusalReason::slug))
                .doesNotHaveDuplicates().allMatch(s -> s.matches("[a-z0-9]+(-[a-z0-9]+)*"));
        assertThat(IntakeRefusalReason.INVALID_NUMBER.problemType())
                .isEqualTo(new ProblemType("invalid-number", "Not a 95 number", 400));
        assertThat(IntakeRefusalReason.UNKNOWN_CATEGORY.problemType().status()).isEqualTo(400);
        assertThat(IntakeRefusalReason.TIME_IN_FUTURE.problemType().status()).isEqualTo(422);
        assertThat(IntakeRefusalReason.BATCH_TOO_LARGE.problemType().status()).isEqualTo(413);
        assertThat(new RateLimited(60).slug()).isEqualTo("rate-limited");
        assertThat(new RateLimited(60).problemType().status()).isEqualTo(429);
        assertThatThrownBy(() -> new RateLimited(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
