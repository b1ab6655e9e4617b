package io.numguard.complaint.robocall;

import io.numguard.complaint.intake.BatchResult;
import io.numguard.support.rule.Verdict;
import io.numguard.complaint.intake.IntakeRefusalReason;
import io.numguard.complaint.intake.IntakeRules;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class CallStatsValidatorTest {
    private static final Instant NOW = Instant.parse("2025-03-10T10:30:00Z");

    @Test
    void validatesEachRowOnItsOwn() {
        CallStatsValidator validator = new CallStatsValidator(IntakeRules.defaults());
        BatchResult<CallStats> result = validator.validate("CT", Arrays.asList(
                new CallStatsRow("95123456", Instant.parse("2025-03-10T09:17:00Z"), 900L, 90L, 6.0),
                new CallStatsRow("1380013800", NOW, 1L, 1L, 1.0),
                new CallStatsRow("95123456", NOW.plus(Duration.ofHours(2)), 1L, 1L, 1.0),
                new CallStatsRow("95123456", NOW, 10L, 11L, 1.0),
                new CallStatsRow("95123456", NOW, 10L, null, 1.0),
                new CallStatsRow("95123456", NOW, 10L, 1L, -1.0),
                null), NOW);

        assertThat(result.rows()).extracting(r -> r.outcome() instanceof Verdict.Refused<CallStats> x
                ? x.reason() : null).containsExactly(
                null,
                IntakeRefusalReason.INVALID_NUMBER,
                IntakeRefusalReason.TIME_IN_FUTURE,
                IntakeRefusalReason.INVALID_CALL_STATISTICS,
                IntakeRefusalReason.INVALID_CALL_STATISTICS,
                IntakeRefusalReason.INVALID_CALL_STATISTICS,
                IntakeRefusalReason.EMPTY_ROW);
        CallStats ok = result.acceptedValues().get(0);
        assertThat(ok.hour()).isEqualTo(Instant.parse("2025-03-10T09:00:00Z"));
        assertThat(ok.carrierId()).isEqualTo("CT");
        assertThat(ok.answerRate()).isEqualTo(0.1);
    }
}
