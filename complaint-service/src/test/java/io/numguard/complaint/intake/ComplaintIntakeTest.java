package io.numguard.complaint.intake;

import io.numguard.devstack.testing.MutableClock;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintIntakeTest {
    private final MutableClock clock = MutableClock.at("2025-03-01T08:00:00Z");
    private final ComplainantHasher hasher = ComplainantHasher.ofSecret("a-test-secret-of-32-characters!!");
    private final ComplaintIntake intake = new ComplaintIntake(IntakeRules.defaults(), hasher,
            new InMemoryCitizenRateLimiter(2, Duration.ofDays(1), clock), clock);

    @Test
    void acceptsACitizensComplaintWithTheHashNotTheNumber() {
        Verdict<Complaint> outcome = intake.citizen("+86 951-234-56", "harassment", "13800138000");

        assertThat(outcome).isInstanceOf(Verdict.Allowed.class);
        Complaint c = ((Verdict.Allowed<Complaint>) outcome).value();
        assertThat(c.number()).isEqualTo(PhoneNumber.parse("95123456"));
        assertThat(c.category()).isEqualTo(ComplaintCategory.HARASSMENT);
        assertThat(c.source()).isEqualTo(ComplaintSource.CITIZEN);
        assertThat(c.complainantHash()).isEqualTo(hasher.hash("13800138000"));
        assertThat(c.toString()).doesNotContain("13800138000");
        assertThat(c.at()).isEqualTo(clock.instant());
        assertThat(SourceWeights.DEFAULT.weightOf(c.source())).isEqualTo(1);
    }

    @Test
    void rejectsBadInputWithAReasonAndWithoutUsingTheAllowance() {
        assertThat(intake.citizen("13800138000", "FRAUD", "13800138000"))
                .isEqualTo(Verdict.refused(IntakeRefusalReason.INVALID_NUMBER, "not a 95 number: must start with 95"));
        assertThat(((Verdict.Refused<Complaint>) intake.citizen("95123456", "SPAM", "13800138000")).reason())
                .isEqualTo(IntakeRefusalReason.UNKNOWN_CATEGORY);
        assertThat(((Verdict.Refused<Complaint>) intake.citizen("95123456", "FRAUD", "n/a")).reason())
                .isEqualTo(IntakeRefusalReason.INVALID_COMPLAINANT);

        assertThat(intake.citizen("95123456", "FRAUD", "13800138000").isAllowed()).isTrue();
        assertThat(intake.citizen("95123457", "FRAUD", "13800138000").isAllowed()).isTrue();
    }

    @Test
    void aCitizenOverTheLimitIsToldWhenToRetry() {
        intake.citizen("95123456", "FRAUD", "13800138000");
        clock.advance(Duration.ofHours(1));
        intake.citizen("95123457", "FRAUD", "13800138000");

        Verdict<Complaint> third = intake.citizen("95123458", "FRAUD", "+86 138 0013 8000");

        assertThat(third).isInstanceOf(Verdict.Refused.class);
        Verdict.Refused<Complaint> r = (Verdict.Refused<Complaint>) third;
        assertThat(r.reason()).isEqualTo(new RateLimited(Duration.ofHours(23).toSeconds()));
        assertThat(r.reason().problemType()).isEqualTo(IntakeRefusalReason.RATE_LIMITED.problemType());
        assertThat(r.reason().problemType().status()).isEqualTo(429);
        assertThat(r.detail()).contains(Long.toString(Duration.ofHours(23).toSeconds()));
        assertThat(intake.citizen("95123458", "FRAUD", "13900139000").isAllowed()).isTrue();
    }

    @Test
    void aPoliceReferralBecomesOneWeightyFraudComplaintPerSuspectNumber() {
        ReferralReceived referral = new ReferralReceived("r-1", "case-1", "FZ-PSB", "FZ-2025-001",
                new BigDecimal("120000"), List.of("95123456", "951 234 57", "95123456", "12345"),
                Instant.parse("2025-03-01T07:00:00Z"));

        BatchResult<Complaint> result = intake.referral(referral);

        assertThat(result.acceptedValues()).extracting(c -> c.number().digits())
                .containsExactly("95123456", "95123457");
        assertThat(result.acceptedValues()).allSatisfy(c -> {
            assertThat(c.source()).isEqualTo(ComplaintSource.POLICE);
            assertThat(c.category()).isEqualTo(ComplaintCategory.FRAUD);
            assertThat(c.reporter()).isEqualTo("FZ-PSB");
            assertThat(SourceWeights.DEFAULT.weightOf(c.source())).isEqualTo(10);
            assertThat(c.at()).isEqualTo(Instant.parse("2025-03-01T07:00:00Z"));
        });
        assertThat(result.rejectedRows()).singleElement().satisfies(r -> assertThat(r.row()).isEqualTo(3));
    }
}
