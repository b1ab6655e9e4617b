package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatusCodeTest {

    @ParameterizedTest
    @EnumSource(SegmentStatus.class)
    void everyContractStatusHasItsOwnCodeInThreeBitsAndComesBack(SegmentStatus status) {
        int code = StatusCode.of(status);
        assertThat(code).isNotEqualTo(StatusCode.UNKNOWN).isBetween(1, StatusCode.MASK);
        assertThat(StatusCode.status(code)).contains(status);
        assertThat(StatusCode.name(code)).isEqualTo(status.name());
        assertThat(StatusCode.of(Optional.of(status))).isEqualTo(code);
    }

    @Test
    void unknownIsZeroAndShowsAsUnknown() {
        assertThat(StatusCode.of(Optional.empty())).isZero();
        assertThat(StatusCode.status(StatusCode.UNKNOWN)).isEmpty();
        assertThat(StatusCode.name(StatusCode.UNKNOWN)).isEqualTo("UNKNOWN");
        assertThat(StatusCode.COUNT).isEqualTo(SegmentStatus.values().length + 1).isLessThanOrEqualTo(8);
    }
}
