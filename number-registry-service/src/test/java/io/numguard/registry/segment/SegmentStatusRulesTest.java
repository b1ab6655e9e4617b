package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentStatusRulesTest {

    @ParameterizedTest
    @EnumSource(SegmentStatus.class)
    void onlyAReleasedCodeMayBeAllocatedAgain(SegmentStatus status) {
        assertThat(SegmentStatusRules.blocksAllocation(status)).isEqualTo(status != SegmentStatus.RELEASED);
    }

    @ParameterizedTest
    @EnumSource(value = SegmentStatus.class, names = {"ALLOCATED", "SUSPENDED"})
    void aSuspendedSegmentIsStillHeld(SegmentStatus status) {
        assertThat(SegmentStatusRules.isHeld(status)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = SegmentStatus.class, names = {"ALLOCATED", "SUSPENDED"}, mode = EnumSource.Mode.EXCLUDE)
    void anEndedSegmentIsNoLongerHeld(SegmentStatus status) {
        assertThat(SegmentStatusRules.isHeld(status)).isFalse();
    }
}
