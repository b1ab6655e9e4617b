package io.numguard.support;

import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.ProblemType;
import io.numguard.support.rule.RefusalReason;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One vocabulary for a rule's answer: a refusal carries its reason, and the reason alone decides the problem. */
class VerdictTest {

    enum Reason implements RefusalReason {
        TOO_LATE(new ProblemType("too-late", "Too late", 409)),
        NOT_YOURS(new ProblemType("not-yours", "Outside your scope", 403));

        private final ProblemType type;

        Reason(ProblemType type) {
            this.type = type;
        }

        @Override
        public ProblemType problemType() {
            return type;
        }

        @Override
        public java.util.Map<String, Object> problemMembers() {
            return this == TOO_LATE ? java.util.Map.of("field", "calledAt") : java.util.Map.of();
        }
    }

    @Test
    void anAllowanceCarriesItsValueThroughMapAndFlatMap() {
        Verdict<Integer> v = Verdict.allowed(2).map(x -> x * 3).flatMap(x -> Verdict.allowed(x + 1));
        assertThat(v.isAllowed()).isTrue();
        assertThat(v.value()).isEqualTo(7);
        assertThat(v.refusal()).isEmpty();
        assertThat(Verdict.allowed().isAllowed()).isTrue();
    }

    @Test
    void aRefusalSkipsLaterStepsAndKeepsItsReasonAndDetail() {
        Verdict<Integer> v = Verdict.<Integer>refused(Reason.TOO_LATE, "the order expired").map(x -> x * 3)
                .flatMap(x -> Verdict.allowed(x + 1));
        assertThat(v.isRefused()).isTrue();
        assertThat(v.refusalReason()).contains(Reason.TOO_LATE);
        assertThat(v.refusal().orElseThrow().detail()).isEqualTo("the order expired");
        assertThatThrownBy(v::value).isInstanceOf(IllegalStateException.class).hasMessageContaining("too-late");
    }

    @Test
    void aRefusalWithoutDetailSaysItsSlug() {
        assertThat(Verdict.refused(Reason.NOT_YOURS, null).detail()).isEqualTo("not-yours");
    }

    @Test
    void theReasonsProblemTypeDecidesSlugTitleAndStatus() {
        ProblemException p = Refusals.problem(Verdict.refused(Reason.NOT_YOURS, "segment of another province"));
        assertThat(p.status()).isEqualTo(403);
        assertThat(p.slug()).isEqualTo("not-yours");
        assertThat(p.getMessage()).isEqualTo("segment of another province");
        assertThatThrownBy(() -> Refusals.valueOrThrow(Verdict.refused(Reason.TOO_LATE, "late")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(Refusals.valueOrThrow(Verdict.allowed("ok"))).isEqualTo("ok");
    }

    @Test
    void theMembersAReasonNamesAreInItsProblemAndNoOthers() {
        assertThat(Refusals.problem(Reason.TOO_LATE, "late").toProblem().extensions())
                .containsExactly(org.assertj.core.api.Assertions.entry("field", "calledAt"));
        assertThat(Refusals.problem(Reason.NOT_YOURS, "no").toProblem().extensions()).isEmpty();
    }

    @Test
    void aProblemTypeIsAClientErrorWithADerivedTitleWhenAsked() {
        assertThat(ProblemType.titleOf("segment-overlaps")).isEqualTo("Segment overlaps");
        assertThatThrownBy(() -> new ProblemType("x", "X", 500)).isInstanceOf(IllegalArgumentException.class);
    }
}
