package io.numguard.enforcement.common.service;

import io.numguard.enforcement.common.RefusalReason;
import io.numguard.support.problem.Problem;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/**
 * Each refusal reason's problem+json, pinned: the slug, title and status the API has always answered with, now
 * coming from the reason's own problem type through service-support's one mapper.
 */
class VerdictsTest {

    /** slug, title, status: the contract of enforcement's refusals. */
    private static final Map<RefusalReason, Object[]> CONTRACT = Map.ofEntries(
            entry(RefusalReason.ACTION_NOT_ALLOWED_IN_STATE,
                    new Object[] {"action-not-allowed-in-state", "Conflicts with the current state", 409}),
            entry(RefusalReason.ROLE_NOT_ALLOWED, new Object[] {"role-not-allowed", "Refused", 403}),
            entry(RefusalReason.OUTSIDE_PROVINCE, new Object[] {"outside-province", "Refused", 403}),
            entry(RefusalReason.FOUR_EYES, new Object[] {"four-eyes", "Refused", 403}),
            entry(RefusalReason.NOT_A_CARRIER_OF_THIS_ORDER,
                    new Object[] {"not-a-carrier-of-this-order", "Refused", 403}),
            entry(RefusalReason.NOT_THE_REFERRING_AGENCY, new Object[] {"not-the-referring-agency", "Refused", 403}),
            entry(RefusalReason.SANCTION_ALREADY_LIFTED,
                    new Object[] {"sanction-already-lifted", "Conflicts with the current state", 409}),
            entry(RefusalReason.CASE_ALREADY_OPEN,
                    new Object[] {"case-already-open", "Conflicts with the current state", 409}),
            entry(RefusalReason.CASE_HAS_NO_SEGMENT,
                    new Object[] {"case-has-no-segment", "Conflicts with the current state", 409}),
            entry(RefusalReason.CASE_OF_ANOTHER_LICENSEE,
                    new Object[] {"case-of-another-licensee", "Conflicts with the current state", 409}),
            entry(RefusalReason.REASON_REQUIRED, new Object[] {"reason-required", "A reason is required", 400}),
            entry(RefusalReason.INVALID_INPUT, new Object[] {"invalid-input", "Invalid input", 400}));

    @ParameterizedTest
    @EnumSource(RefusalReason.class)
    void every_reason_answers_with_its_one_problem_type(RefusalReason reason) {
        Object[] expected = CONTRACT.get(reason);
        assertThat(expected).as("contract row for %s", reason).isNotNull();

        Problem problem = Verdicts.problem(reason, "what happened").toProblem();

        assertThat(problem.type()).isEqualTo(Problem.TYPE_PREFIX + expected[0]);
        assertThat(problem.title()).isEqualTo(expected[1]);
        assertThat(problem.status()).isEqualTo(expected[2]);
        assertThat(problem.detail()).isEqualTo("what happened");
        assertThat(reason.slug()).isEqualTo(expected[0]);
    }

    @Test
    void a_missing_reason_names_the_reason_field_and_no_other_refusal_names_a_field() {
        assertThat(Verdicts.problem(RefusalReason.REASON_REQUIRED, "CLOSE needs a reason").toProblem().extensions())
                .containsExactly(entry("field", "reason"));
        for (RefusalReason other : RefusalReason.values()) {
            if (other != RefusalReason.REASON_REQUIRED) {
                assertThat(Verdicts.problem(other, "x").toProblem().anyGetter()).as("%s", other)
                        .doesNotContainKey("field");
            }
        }
    }

    @Test
    void an_allowance_gives_its_value_and_a_refusal_is_thrown_as_its_problem() {
        assertThat(Verdicts.valueOrThrow(Verdict.allowed("case-1"))).isEqualTo("case-1");
        Verdicts.require(Verdict.allowed());

        Verdict<String> alreadyOpen = Verdict.refused(RefusalReason.CASE_ALREADY_OPEN, "case-1 is open");
        assertThatThrownBy(() -> Verdicts.valueOrThrow(alreadyOpen))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.slug()).isEqualTo("case-already-open");
                    assertThat(e.getMessage()).isEqualTo("case-1 is open");
                });
        assertThatThrownBy(() -> Verdicts.require(Verdict.refused(RefusalReason.REASON_REQUIRED, null)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).as("no detail says the slug").isEqualTo("reason-required");
                    assertThat(e.toProblem().extensions()).containsEntry("field", "reason");
                });
    }
}
