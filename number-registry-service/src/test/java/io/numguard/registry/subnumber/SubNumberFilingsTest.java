package io.numguard.registry.subnumber;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.segment.ChangeContext;
import io.numguard.registry.segment.Segment;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.numguard.registry.Fixtures.LIFECYCLE;
import static io.numguard.registry.Fixtures.T0;
import static io.numguard.registry.Fixtures.USCC_A;
import static io.numguard.registry.Fixtures.USCC_B;
import static io.numguard.registry.Fixtures.USCC_END_CLIENT;
import static io.numguard.registry.Fixtures.allocated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SubNumberFilingsTest {
    private static final Instant T1 = T0.plusSeconds(3600);
    private static final EndClient BANK = new EndClient("Minjiang Bank", USCC_END_CLIENT, "card services hotline");

    private static Segment expanded(String code) {
        return LIFECYCLE.expand(allocated(code), ChangeContext.byUser(T0, "regulator.fj", null)).value().segment();
    }

    @Test
    void theHolderFilesAnEightDigitNumberOfItsExpandedSegment() {
        Verdict<SubNumberFiling> r = SubNumberFilings.file(expanded("95123"), USCC_A, new PhoneNumber("95123456"),
                BANK, T1, "licensee.demo");
        SubNumberFiling f = r.value();
        assertThat(f.number().digits()).isEqualTo("95123456");
        assertThat(f.segment().value()).isEqualTo("95123");
        assertThat(f.licensee()).isEqualTo(USCC_A);
        assertThat(f.endClient()).isEqualTo(BANK);
        assertThat(f.filedAt()).isEqualTo(T1);
    }

    @Test
    void anEndClientWithoutUsccIsFine() {
        EndClient hospital = new EndClient("City Hospital", null, "appointments");
        assertThat(SubNumberFilings.file(expanded("951234"), USCC_A, new PhoneNumber("95123401"), hospital, T1,
                "licensee.demo").isAllowed()).isTrue();
    }

    @Test
    void anotherLicenseeCannotFile() {
        Verdict<SubNumberFiling> r = SubNumberFilings.file(expanded("95123"), USCC_B, new PhoneNumber("95123456"),
                BANK, T1, "someone");
        assertThat(r.refusalReason()).contains(RejectionReason.NOT_SEGMENT_HOLDER);
        assertThat(r.refusal().orElseThrow().reason().slug()).isEqualTo("not-segment-holder");
    }

    @Test
    void theNumberMustBeAnEightDigitNumberOfTheSegment() {
        Segment s = expanded("95123");
        assertThat(SubNumberFilings.file(s, USCC_A, new PhoneNumber("95124456"), BANK, T1, "u").refusalReason())
                .contains(RejectionReason.NUMBER_OUTSIDE_SEGMENT);
        assertThat(SubNumberFilings.file(s, USCC_A, new PhoneNumber("9512345"), BANK, T1, "u").refusalReason())
                .contains(RejectionReason.NUMBER_OUTSIDE_SEGMENT);
        assertThat(SubNumberFilings.file(expanded("951234"), USCC_A, new PhoneNumber("95123356"), BANK, T1, "u")
                .refusalReason()).contains(RejectionReason.NUMBER_OUTSIDE_SEGMENT);
    }

    @Test
    void theSegmentMustBeExpanded() {
        assertThat(SubNumberFilings.file(allocated("95123"), USCC_A, new PhoneNumber("95123456"), BANK, T1, "u")
                .refusalReason()).contains(RejectionReason.SEGMENT_NOT_EXPANDED);
    }

    @Test
    void aSuspendedSegmentCanBeFiledOnARevokedOneCannot() {
        Segment s = expanded("95123");
        Segment suspended = LIFECYCLE.suspend(s, ChangeContext.byUser(T1, "r", null)).value().segment();
        assertThat(SubNumberFilings.file(suspended, USCC_A, new PhoneNumber("95123456"), BANK, T1, "u").isAllowed())
                .isTrue();
        Segment revoked = LIFECYCLE.revoke(s, ChangeContext.byUser(T1, "r", null)).value().segment();
        Verdict<SubNumberFiling> r = SubNumberFilings.file(revoked, USCC_A, new PhoneNumber("95123456"), BANK, T1,
                "u");
        assertThat(r.refusalReason()).contains(RejectionReason.SEGMENT_NOT_HELD);
        assertThat(r.refusal().orElseThrow().detail()).contains("REVOKED");
    }

    @Test
    void aFilingIsAlwaysInsideItsSegment() {
        assertThatThrownBy(() -> new SubNumberFiling(new PhoneNumber("95124456"),
                io.numguard.registry.numberplan.SegmentCode.of("95123"), USCC_A, BANK, T1, "u"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EndClient(" ", null, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
