package io.numguard.complaint.aggregate;

import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnumCountsTest {
    private static final ComplaintCategory[] CATEGORIES = WindowTotals.CATEGORIES;

    @Test
    void behavesLikeTheCompleteEnumMapItReplaces() {
        EnumMap<ComplaintCategory, Long> expected = new EnumMap<>(ComplaintCategory.class);
        for (ComplaintCategory c : CATEGORIES) {
            expected.put(c, 0L);
        }
        expected.put(ComplaintCategory.FRAUD, 3L);
        EnumCounts<ComplaintCategory> counts = EnumCounts.complete(Map.of(ComplaintCategory.FRAUD, 3L), CATEGORIES);

        assertThat(counts).isEqualTo(expected).hasSameHashCodeAs(expected);
        assertThat(counts.keySet()).containsExactly(CATEGORIES); // ordinal order, like EnumMap
        assertThat(counts.get(ComplaintCategory.MARKETING)).isZero();
        assertThat(counts.value(ComplaintCategory.FRAUD)).isEqualTo(3);
        assertThat(counts.get(ComplaintSource.CITIZEN)).isNull(); // another enum's constant is not a key
        assertThat(counts.containsKey("FRAUD")).isFalse();
        assertThatThrownBy(() -> counts.put(ComplaintCategory.OTHER, 1L))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aCompleteMapOverTheSameConstantsIsKeptAndAWrappedArrayMustFit() {
        EnumCounts<ComplaintCategory> counts = EnumCounts.wrap(CATEGORIES, new long[CATEGORIES.length]);
        assertThat(EnumCounts.complete(counts, CATEGORIES)).isSameAs(counts);
        assertThatThrownBy(() -> EnumCounts.wrap(CATEGORIES, new long[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
