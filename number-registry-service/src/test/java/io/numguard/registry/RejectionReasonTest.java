package io.numguard.registry;

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
    void resultHelpers() {
        Result<String> done = Result.done("x");
        Result<String> refused = Result.refused(RejectionReason.SEGMENT_OVERLAPS, "clash");
        assertThat(done.isDone()).isTrue();
        assertThat(done.map(String::length).value()).isEqualTo(1);
        assertThat(refused.isRefused()).isTrue();
        assertThat(refused.refusal().reason()).isEqualTo(RejectionReason.SEGMENT_OVERLAPS);
        assertThat(refused.map(String::length).refusal().message()).isEqualTo("clash");
        assertThatThrownBy(refused::value).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("segment-overlaps").hasMessageContaining("clash");
        assertThatThrownBy(done::refusal).isInstanceOf(IllegalStateException.class);
        assertThat(Decision.allowed().isAllowed()).isTrue();
        assertThat(Decision.rejected(RejectionReason.LICENCE_INVALID, "m").<Integer>toResult().refusal().reason())
                .isEqualTo(RejectionReason.LICENCE_INVALID);
    }
}
