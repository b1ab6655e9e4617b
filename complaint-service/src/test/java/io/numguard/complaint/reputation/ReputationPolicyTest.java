package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.aggregate.WindowTotals;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import static io.numguard.complaint.intake.ComplaintCategory.FRAUD;
import static io.numguard.complaint.intake.ComplaintCategory.HARASSMENT;
import static io.numguard.complaint.intake.ComplaintCategory.MARKETING;
import static io.numguard.complaint.intake.ComplaintCategory.ROBOCALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReputationPolicyTest {
    private static final Instant NOW = Instant.parse("2025-03-10T10:30:00Z");
    private static final Subject NUMBER = Subject.number(PhoneNumber.parse("95123456"));
    private static final Subject SEGMENT = Subject.segment("95123");
    private final ReputationPolicy policy = ReputationPolicy.defaults();

    /** 30-day totals with the given weighted counts per category and police weight (police is FRAUD). */
    private static WindowTotals totals(Subject s, long marketing, long harassment, long robocall, long citizenFraud,
                                       long police) {
        Map<ComplaintCategory, Long> byCategory = new EnumMap<>(ComplaintCategory.class);
        byCategory.put(MARKETING, marketing);
        byCategory.put(HARASSMENT, harassment);
        byCategory.put(ROBOCALL, robocall);
        byCategory.put(FRAUD, citizenFraud + police);
        long total = marketing + harassment + robocall + citizenFraud + police;
        return new WindowTotals(s, Window.P30D, Window.P30D.from(NOW), Window.P30D.until(NOW), byCategory, byCategory,
                Map.of(ComplaintSource.POLICE, police / 10), Map.of(ComplaintSource.POLICE, police,
                ComplaintSource.CITIZEN, total - police), total, total, 3);
    }

    @Test
    void theMostSevereLabelWhoseRuleHoldsWins() {
        assertThat(policy.assess(totals(NUMBER, 0, 0, 0, 0, 0))).isEqualTo(Reputation.NONE);
        assertThat(policy.assess(totals(NUMBER, 9, 0, 0, 0, 0)).label()).isEqualTo(Label.NONE);
        assertThat(policy.assess(totals(NUMBER, 10, 0, 0, 0, 0)).label()).isEqualTo(Label.MARKETING);
        assertThat(policy.assess(totals(NUMBER, 10, 6, 4, 0, 0)).label()).isEqualTo(Label.HARASSMENT);
        assertThat(policy.assess(totals(NUMBER, 10, 10, 0, 20, 0)).label()).isEqualTo(Label.SUSPECTED_FRAUD);
    }

    @Test
    void policeReferralsPushToSuspectedFraudAndThenFraud() {
        Reputation oneReferral = policy.assess(totals(NUMBER, 0, 0, 0, 0, 10));
        assertThat(oneReferral.label()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(oneReferral.reasons()).anySatisfy(r -> assertThat(r).contains("police referrals weigh 10"));

        assertThat(policy.assess(totals(NUMBER, 0, 0, 0, 0, 30)).label()).isEqualTo(Label.FRAUD);
        // citizens alone cannot make a number FRAUD
        assertThat(policy.assess(totals(NUMBER, 0, 0, 0, 10_000, 0)).label()).isEqualTo(Label.SUSPECTED_FRAUD);
    }

    @Test
    void segmentsHaveHigherBarsExceptForThePolice() {
        assertThat(policy.assess(totals(SEGMENT, 20, 20, 0, 0, 0)).label()).isEqualTo(Label.NONE);
        assertThat(policy.assess(totals(SEGMENT, 0, 0, 0, 0, 10)).label()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(policy.assess(totals(SEGMENT, 0, 0, 0, 0, 30)).label()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(policy.assess(totals(SEGMENT, 0, 0, 0, 0, 100)).label()).isEqualTo(Label.FRAUD);
    }

    @Test
    void theScoreStaysInTheLabelsBandAndRisesWithTheWeight() {
        assertThat(policy.assess(totals(NUMBER, 5, 0, 0, 0, 0)).score()).isEqualTo(5);
        assertThat(policy.assess(totals(NUMBER, 9, 9, 0, 19, 0)).score()).isEqualTo(29); // NONE, weighted 37
        assertThat(policy.assess(totals(NUMBER, 10, 0, 0, 0, 0)).score()).isEqualTo(32);
        assertThat(policy.assess(totals(NUMBER, 1000, 0, 0, 0, 0)).score()).isEqualTo(49);
        assertThat(policy.assess(totals(NUMBER, 0, 0, 0, 0, 30)).score()).isEqualTo(96);
        assertThat(policy.assess(totals(NUMBER, 0, 0, 0, 0, 3000)).score()).isEqualTo(100);
        assertThat(policy.assess(totals(NUMBER, 0, 12, 0, 0, 0)).reasons())
                .containsExactly("harassment and robocall complaints weigh 12 in the last 30 days (harassment from 10)",
                        "12 complaints (weighted 12) from 3 distinct complainants in the last 30 days");
    }

    @Test
    void needsTheWindowItsRulesName() {
        WindowTotals day = WindowTotals.empty(NUMBER, Window.P1D, NOW);
        assertThatThrownBy(() -> policy.assess(day)).hasMessageContaining("P30D");
        assertThatThrownBy(() -> policy.assess(NUMBER, Map.of(Window.P1D, day))).hasMessageContaining("P30D");
    }
}
