package io.numguard.registry.numberplan;

import io.numguard.registry.RejectionReason;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberPlanTest {
    private final NumberPlan plan = NumberPlan.defaults();

    @ParameterizedTest
    @ValueSource(strings = {"95012", "95123", "95111", "951234", "95234", "95456", "957890"})
    void allowedRanges(String code) {
        assertThat(plan.check(SegmentCode.of(code)).isAllowed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"95301", "955555", "95600", "95110", "951105"})
    void reservedRangesWinOverAllowed(String code) {
        Verdict<Nothing> d = plan.check(SegmentCode.of(code));
        assertThat(d).isInstanceOf(Verdict.Refused.class);
        Verdict.Refused<Nothing> r = (Verdict.Refused<Nothing>) d;
        assertThat(r.reason()).isEqualTo(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN);
        assertThat(r.detail()).contains("reserved");
    }

    @Test
    void codeNotUnderAnyAllowedPrefix() {
        Verdict.Refused<Nothing> r = (Verdict.Refused<Nothing>) plan.check(SegmentCode.of("95812"));
        assertThat(r.reason()).isEqualTo(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN);
        assertThat(r.detail()).contains("not in a range");
    }

    @Test
    void aCodeContainingAReservedLongerPrefixIsOutside() {
        NumberPlan p = NumberPlan.of(List.of("951"), List.of("951234"));
        assertThat(p.check(SegmentCode.of("95123")).isRefused()).isTrue();  // would contain 951234xx
        assertThat(p.check(SegmentCode.of("951233")).isAllowed()).isTrue();
    }

    @Test
    void aCodeWiderThanTheAllowedPrefixIsOutside() {
        NumberPlan p = NumberPlan.of(List.of("951234"), List.of());
        assertThat(p.check(SegmentCode.of("95123")).isRefused()).isTrue();
        assertThat(p.check(SegmentCode.of("951234")).isAllowed()).isTrue();
    }

    @Test
    void validatesItsConfiguration() {
        assertThatThrownBy(() -> NumberPlan.of(List.of("94"), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberPlan.of(List.of("9512345"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(NumberPlan.of(null, null).check(SegmentCode.of("95123")).isRefused()).isTrue();
    }
}
