package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReputationIndexTest {
    private final ReputationIndex index = new ReputationIndex();

    static SegmentChanged segmentEvent(String code, String status, boolean outbound) {
        return new SegmentChanged(code, "91350100MA2XXXXX1A", "FJ", status, List.of("CT"), outbound, true,
                LocalDate.of(2025, 1, 1), LocalDate.of(2030, 1, 1), null, null,
                Instant.parse("2025-03-01T00:00:00Z"));
    }

    @Test
    void numberKeysAreTheDigits() {
        assertThat(ReputationIndex.numberKey("95123456")).isEqualTo(95_123_456);
        assertThat(ReputationIndex.numberKey("95123")).isEqualTo(95_123);
        assertThat(ReputationIndex.numberKey(PhoneNumber.parse("+86 951 234 56"))).isEqualTo(95_123_456);
        assertThat(ReputationIndex.numberKey("+8695123456")).isEqualTo(-1);
        assertThat(ReputationIndex.numberKey("9512")).isEqualTo(-1);
        assertThat(ReputationIndex.numberKey("13800138")).isEqualTo(-1);
        assertThat(ReputationIndex.numberKey("951234567")).isEqualTo(-1);
        assertThat(ReputationIndex.numberKey((CharSequence) null)).isEqualTo(-1);
    }

    @Test
    void segmentEventsSetTheRegistryStateAndKeepTheLabel() {
        index.putSegmentReputation("95123", Label.SUSPECTED_FRAUD, 75);
        index.applySegmentEvent(segmentEvent("95123", "ALLOCATED", false));
        index.applySegmentEvent(segmentEvent("95123", "REVOKED", false));
        index.applySegmentEvent(segmentEvent("95123", "REVOKED", false)); // redelivered: no change

        assertThat(index.segment("95123")).contains(new ReputationIndex.SegmentEntry("95123",
                Label.SUSPECTED_FRAUD, 75, Optional.of(SegmentStatus.REVOKED), false, true, false));
        assertThat(index.segmentCount()).isEqualTo(1);

        index.clearSegmentReputation("95123");
        assertThat(index.segment("95123")).get().satisfies(s -> {
            assertThat(s.label()).isEqualTo(Label.NONE);
            assertThat(s.status()).contains(SegmentStatus.REVOKED);
        });
    }

    @Test
    void numbersKeepTheirReputationAndFilingApart() {
        PhoneNumber n = PhoneNumber.parse("95123456");
        index.putSubNumberFiling(n, true);
        index.putNumberReputation(n, Label.HARASSMENT, 55);
        assertThat(index.number(n)).contains(new ReputationIndex.NumberEntry("95123456", Label.HARASSMENT, 55, true,
                true));

        index.clearNumberReputation(n);
        assertThat(index.number(n)).contains(new ReputationIndex.NumberEntry("95123456", Label.NONE, 0, false, true));

        index.putSubNumberFiling(n, false);
        assertThat(index.number(n)).isEmpty();
        assertThat(index.numberCount()).isZero();
        assertThatThrownBy(() -> index.putNumberReputation(n, Label.FRAUD, 101)).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void resolvesTheLongestRegistryKnownSegment() {
        PhoneNumber n = PhoneNumber.parse("95123456");
        assertThat(index.segmentOf(n)).isEmpty();
        assertThat(index.segmentCodeOf(n)).isEqualTo("95123");

        index.putSegmentReputation("951234", Label.MARKETING, 30); // labelled, not known to the registry
        assertThat(index.segmentOf(n)).isEmpty();

        index.applySegmentEvent(segmentEvent("95123", "ALLOCATED", true));
        assertThat(index.segmentOf(n)).contains("95123");
        index.applySegmentEvent(segmentEvent("951234", "ALLOCATED", true));
        assertThat(index.segmentOf(n)).contains("951234");
        assertThat(index.segmentOf(PhoneNumber.parse("95123556"))).contains("95123");
        assertThat(index.segmentOf(PhoneNumber.parse("95123"))).contains("95123");
        assertThat(index.segmentKeyOf(95_123_456)).isEqualTo(951_234);
        assertThat(index.segmentKeyOf(95_125_000)).isEqualTo(95_125);
    }

    @Test
    void aStatusTheContractDoesNotNameLeavesTheSegmentUnknown() {
        index.applySegmentEvent(segmentEvent("95123", "quarantined", false));
        assertThat(index.segment("95123")).get().extracting(ReputationIndex.SegmentEntry::status)
                .isEqualTo(Optional.of(SegmentStatus.QUARANTINED));
        assertThat(index.segmentOf(PhoneNumber.parse("95123456"))).contains("95123");

        index.applySegmentEvent(segmentEvent("95124", "PENDING", true));
        assertThat(index.segment("95124")).get().satisfies(s -> {
            assertThat(s.status()).isEmpty();
            assertThat(s.outboundAuthorised()).isTrue();
        });
        assertThat(index.segmentOf(PhoneNumber.parse("95124456"))).isEmpty();
    }

    @Test
    void holdsManyNumbers() {
        ReputationIndex big = new ReputationIndex(16, 16);
        for (int i = 0; i < 300_000; i++) {
            big.putNumberReputation(new PhoneNumber(Integer.toString(95_000_000 + i * 3)), Label.VALUES[i % 5], i % 101);
        }
        assertThat(big.numberCount()).isEqualTo(300_000);
        assertThat(big.number(PhoneNumber.parse("95000300"))).get()
                .satisfies(e -> assertThat(e.score()).isEqualTo(100));
        assertThat(big.number(PhoneNumber.parse("95000301"))).isEmpty();
    }
}
