package io.numguard.registry;

import io.numguard.support.problem.Problem;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RejectionReasonTest {

    @Test
    void slugsAreUniqueKebabCaseAndRoundTrip() {
        assertThat(Arrays.stream(RejectionReason.values()).map(RejectionReason::slug))
                .doesNotHaveDuplicates()
                .allMatch(s -> s.matches("[a-z]+(-[a-z]+)*"));
        for (RejectionReason r : RejectionReason.values()) {
            assertThat(RejectionReason.fromSlug(r.slug())).contains(r);
        }
    }

    @Test
    void theSlugsTheIssueNames() {
        assertThat(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN.slug()).isEqualTo("segment-outside-number-plan");
        assertThat(RejectionReason.SEGMENT_OVERLAPS.slug()).isEqualTo("segment-overlaps");
        assertThat(RejectionReason.LICENCE_INVALID.slug()).isEqualTo("licence-invalid");
        assertThat(RejectionReason.LICENSEE_SANCTIONED.slug()).isEqualTo("licensee-sanctioned");
        assertThat(RejectionReason.LEGAL_REPRESENTATIVE_SANCTIONED.slug())
                .isEqualTo("legal-representative-sanctioned");
        assertThat(RejectionReason.OUTSIDE_PROVINCE.slug()).isEqualTo("outside-province");
        assertThat(RejectionReason.NOT_SEGMENT_HOLDER.slug()).isEqualTo("not-segment-holder");
    }

    @Test
    void operationsAnswerWithTheSharedVerdict() {
        Verdict<String> done = Verdict.allowed("x");
        Verdict<String> refused = Verdict.refused(RejectionReason.SEGMENT_OVERLAPS, "clash");
        assertThat(done.isAllowed()).isTrue();
        assertThat(done.map(String::length).value()).isEqualTo(1);
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.refusalReason()).contains(RejectionReason.SEGMENT_OVERLAPS);
        assertThat(refused.map(String::length).refusal().orElseThrow().detail()).isEqualTo("clash");
        assertThatThrownBy(refused::value).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("segment-overlaps").hasMessageContaining("clash");
        assertThat(done.refusal()).isEmpty();
        assertThat(Verdict.allowed().isAllowed()).isTrue();
        Verdict.Refused<Nothing> rejected = Verdict.refused(RejectionReason.LICENCE_INVALID, "m");
        assertThat(rejected.<Integer>retyped().reason()).isEqualTo(RejectionReason.LICENCE_INVALID);
    }

    /** The statuses the registry's API answered before the reasons named their own problem types. */
    @Test
    void eachReasonRendersAsItsOneProblemType() {
        for (RejectionReason r : RejectionReason.values()) {
            ProblemException p = Refusals.problem(Verdict.refused(r, "because"));
            int expected = switch (r) {
                case OUTSIDE_PROVINCE, NOT_SEGMENT_HOLDER -> 403;
                case SEGMENT_TRANSITION_NOT_ALLOWED, SEGMENT_NOT_YET_EXPIRED, QUARANTINE_NOT_OVER,
                     SEGMENT_ALREADY_EXPANDED, OUTBOUND_UNCHANGED, CONTROL_UNCHANGED, SEGMENT_NOT_HELD,
                     SEGMENT_NOT_EXPANDED -> 409;
                case SEGMENT_OUTSIDE_NUMBER_PLAN, SEGMENT_OVERLAPS, LICENCE_INVALID, LICENSEE_SANCTIONED,
                     LEGAL_REPRESENTATIVE_SANCTIONED, NUMBER_OUTSIDE_SEGMENT, OUTBOUND_BARRED_BY_SANCTION -> 422;
            };
            assertThat(p.status()).as("%s", r).isEqualTo(expected);
            assertThat(p.toProblem().type()).isEqualTo(Problem.TYPE_PREFIX + r.slug());
            assertThat(p.toProblem().detail()).isEqualTo("because");
        }
        assertThat(Refusals.problem(RejectionReason.SEGMENT_OVERLAPS, null).toProblem().title())
                .isEqualTo("Segment overlaps");
        assertThat(Refusals.problem(RejectionReason.OUTSIDE_PROVINCE, null).toProblem().title())
                .isEqualTo("Outside your scope");
    }
}
