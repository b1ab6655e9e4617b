package io.numguard.registry.numberplan;

import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"95123", "951234", "95000", "959999"})
    void fiveOrSixDigitsStartingWith95(String code) {
        assertThat(SegmentCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9512", "9512345", "96123", "9512a", "", "95 123"})
    void rejectsAnythingElse(String code) {
        assertThatThrownBy(() -> SegmentCode.of(code)).isInstanceOf(InvalidSegmentCodeException.class);
    }

    @Test
    void parsesWhatPeopleTypeThroughPhoneNumber() {
        assertThat(SegmentCode.parse("951-23")).isEqualTo(SegmentCode.of("95123"));
        assertThat(SegmentCode.parse("+86 951 234")).isEqualTo(SegmentCode.of("951234"));
        assertThat(SegmentCode.parse("９５１２３")).isEqualTo(SegmentCode.of("95123"));
        assertThatThrownBy(() -> SegmentCode.parse("95123456")).isInstanceOf(InvalidSegmentCodeException.class)
                .hasMessageContaining("3 or 4 digits");
        assertThatThrownBy(() -> SegmentCode.parse("+1 95123")).isInstanceOf(InvalidSegmentCodeException.class);
    }

    @ParameterizedTest
    @CsvSource({
            "95123, 951234, true",    // shorter is a prefix of longer
            "951234, 95123, true",    // the other direction
            "95123, 95123, true",
            "951234, 951234, true",
            "95123, 95124, false",
            "951234, 951235, false",
            "95123, 951244, false"
    })
    void overlapIsPrefixInEitherDirection(String a, String b, boolean overlaps) {
        assertThat(SegmentCode.of(a).overlaps(SegmentCode.of(b))).isEqualTo(overlaps);
    }

    @Test
    void containsTheNumbersStartingWithIt() {
        SegmentCode code = SegmentCode.of("95123");
        assertThat(code.contains(new PhoneNumber("95123456"))).isTrue();
        assertThat(code.contains(new PhoneNumber("95124456"))).isFalse();
        assertThat(code.expandedNumberCount()).isEqualTo(1000);
        assertThat(SegmentCode.of("951234").expandedNumberCount()).isEqualTo(100);
    }
}
