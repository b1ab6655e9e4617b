package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.number.InvalidPhoneNumberException;
import io.numguard.contracts.number.PhoneNumber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.numguard.complaint.reputation.CallDirection.INBOUND;
import static io.numguard.complaint.reputation.CallDirection.OUTBOUND;
import static io.numguard.complaint.reputation.ReputationIndexTest.segmentEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerdictServiceTest {
    private final ReputationIndex index = new ReputationIndex();
    private final VerdictService service = new VerdictService(index, VerdictPolicy.defaults());

    private static PhoneNumber n(String digits) {
        return PhoneNumber.parse(digits);
    }

    private void allocated(String code, boolean outbound) {
        index.applySegmentEvent(segmentEvent(code, "ALLOCATED", outbound));
    }

    @Test
    void aCleanNumberInAnAllocatedSegmentIsAllowed() {
        allocated("95123", true);
        ScreeningVerdict v = service.verdict("95123456", OUTBOUND);
        assertThat(v.verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(v.label()).isEqualTo(Label.NONE);
        assertThat(v.score()).isZero();
        assertThat(v.segmentCode()).isEqualTo("95123");
        assertThat(v.segmentStatus()).contains(SegmentStatus.ALLOCATED);
        assertThat(v.segmentStatusName()).isEqualTo("ALLOCATED");
        assertThat(v.reasons()).isEmpty();
    }

    @Test
    void aNumberNeverComplainedAboutInheritsItsSegmentsLabel() {
        allocated("95123", true);
        index.putSegmentReputation("95123", Label.SUSPECTED_FRAUD, 74);

        ScreeningVerdict v = service.verdict("95123999", OUTBOUND);

        assertThat(v.label()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(v.numberLabel()).isEqualTo(Label.NONE);
        assertThat(v.segmentLabel()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(v.score()).isEqualTo(74);
        assertThat(v.verdict()).isEqualTo(Verdict.WARN);
        assertThat(v.reasonCodes()).containsExactly(ReasonCode.SEGMENT_LABEL_INHERITED);
        assertThat(v.reasons()).singleElement().asString().contains("inherits").contains("95123")
                .contains("SUSPECTED_FRAUD");
    }

    @Test
    void theMoreSevereOfNumberAndSegmentApplies() {
        allocated("95123", true);
        index.putSegmentReputation("95123", Label.SUSPECTED_FRAUD, 74);
        index.putNumberReputation(n("95123456"), Label.MARKETING, 35);
        index.putNumberReputation(n("95123457"), Label.FRAUD, 96);

        ScreeningVerdict milder = service.verdict("95123456", OUTBOUND);
        assertThat(milder.label()).isEqualTo(Label.SUSPECTED_FRAUD);
        assertThat(milder.reasonCodes()).containsExactly(ReasonCode.NUMBER_LABEL,
                ReasonCode.SEGMENT_LABEL_MORE_SEVERE);

        ScreeningVerdict worse = service.verdict("95123457", OUTBOUND);
        assertThat(worse.label()).isEqualTo(Label.FRAUD);
        assertThat(worse.score()).isEqualTo(96);
        assertThat(worse.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(worse.reasonCodes()).containsExactly(ReasonCode.NUMBER_LABEL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"REVOKED", "SUSPENDED"})
    void aRevokedOrSuspendedSegmentBlocksEveryNumberBothWays(String status) {
        index.applySegmentEvent(segmentEvent("95123", status, true));

        for (CallDirection direction : CallDirection.values()) {
            ScreeningVerdict v = service.verdict("95123999", direction);
            assertThat(v.verdict()).isEqualTo(Verdict.BLOCK);
            assertThat(v.segmentStatus()).contains(SegmentStatus.valueOf(status));
            assertThat(v.reasons()).singleElement().asString().contains("95123").contains(status);
        }
        // whatever the policy says about everything else
        VerdictService lenient = new VerdictService(index, new VerdictPolicy(Verdict.ALLOW, Verdict.ALLOW,
                Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.ALLOW, Verdict.WARN, Verdict.WARN));
        assertThat(lenient.verdict("95123999", OUTBOUND).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void aReinstatedSegmentIsAllowedAgain() {
        index.applySegmentEvent(segmentEvent("95123", "SUSPENDED", true));
        assertThat(service.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.BLOCK);
        index.applySegmentEvent(segmentEvent("95123", "ALLOCATED", true));
        assertThat(service.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @ParameterizedTest
    @EnumSource(value = SegmentStatus.class, names = {"EXPIRED", "QUARANTINED", "RELEASED"})
    void inactiveSegmentsAreConfigurable(SegmentStatus status) {
        index.putSegmentRegistryState("95123", status, true, true);
        assertThat(service.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.WARN);
        VerdictService strict = new VerdictService(index, VerdictPolicy.defaults().withInactiveSegment(Verdict.BLOCK));
        assertThat(strict.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(strict.verdict("95123456", OUTBOUND).reasons()).singleElement().asString().contains(status.name());
    }

    @Test
    void aSegmentTheRegistryNeverAnnouncedIsConfigurable() {
        ScreeningVerdict v = service.verdict("95888888", OUTBOUND);
        assertThat(v.verdict()).isEqualTo(Verdict.WARN);
        assertThat(v.segmentStatus()).isEmpty();
        assertThat(v.segmentStatusName()).isEqualTo("UNKNOWN");
        assertThat(v.segmentCode()).isEqualTo("95888");
        assertThat(v.reasonCodes()).containsExactly(ReasonCode.SEGMENT_UNKNOWN);

        VerdictService lenient = new VerdictService(index, VerdictPolicy.defaults().withUnknownSegment(Verdict.ALLOW));
        assertThat(lenient.verdict("95888888", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);
    }

    @Test
    void anOutboundCallFromAnInboundOnlySegmentWarnsOrBlocksByConfiguration() {
        allocated("95123", false);

        ScreeningVerdict warned = service.verdict("95123456", OUTBOUND);
        assertThat(warned.verdict()).isEqualTo(Verdict.WARN);
        assertThat(warned.reasonCodes()).containsExactly(ReasonCode.OUTBOUND_FROM_INBOUND_ONLY);
        assertThat(warned.reasons()).singleElement().asString().contains("inbound calls only");

        VerdictService blocking = new VerdictService(index,
                VerdictPolicy.defaults().withOutboundFromInboundOnly(Verdict.BLOCK));
        assertThat(blocking.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.BLOCK);

        // calling the segment is what it is for
        assertThat(blocking.verdict("95123456", INBOUND).verdict()).isEqualTo(Verdict.ALLOW);
        // once outbound is authorised, calling out is fine
        index.applySegmentEvent(segmentEvent("95123", "ALLOCATED", true));
        assertThat(blocking.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);

        assertThatThrownBy(() -> VerdictPolicy.defaults().withOutboundFromInboundOnly(Verdict.ALLOW))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOutboundCallFromAnUnfiledSubNumberWarnsOrBlocksByConfiguration() {
        allocated("95123", true);
        index.putSubNumberFiling(n("95123456"), true);

        // until the segment's filings are loaded, nobody is called unfiled
        assertThat(service.verdict("95123999", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);

        index.setSubNumberFilingsTracked("95123", true);
        assertThat(service.verdict("95123456", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);
        ScreeningVerdict unfiled = service.verdict("95123999", OUTBOUND);
        assertThat(unfiled.verdict()).isEqualTo(Verdict.WARN);
        assertThat(unfiled.reasonCodes()).containsExactly(ReasonCode.UNFILED_SUB_NUMBER);
        assertThat(service.verdict("95123999", INBOUND).verdict()).isEqualTo(Verdict.ALLOW);
        // the segment's own number is not a sub-number
        assertThat(service.verdict("95123", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);

        VerdictService blocking = new VerdictService(index, VerdictPolicy.defaults().withUnfiledSubNumber(Verdict.BLOCK));
        assertThat(blocking.verdict("95123999", OUTBOUND).verdict()).isEqualTo(Verdict.BLOCK);
    }

    @Test
    void aSixDigitSegmentTakesPrecedenceOverTheFiveDigitPrefix() {
        index.applySegmentEvent(segmentEvent("951234", "REVOKED", true));
        allocated("95125", true);

        assertThat(service.verdict("95123456", OUTBOUND)).satisfies(v -> {
            assertThat(v.segmentCode()).isEqualTo("951234");
            assertThat(v.verdict()).isEqualTo(Verdict.BLOCK);
        });
        assertThat(service.verdict("95125000", OUTBOUND).verdict()).isEqualTo(Verdict.ALLOW);
        assertThat(service.verdict("95123500", OUTBOUND).segmentCode()).isEqualTo("95123");
    }

    @Test
    void acceptsNumbersAsPeopleTypeThemAndRefusesOthers() {
        allocated("95123", true);
        index.putNumberReputation(n("95123456"), Label.HARASSMENT, 55);

        assertThat(service.verdict("+86 951-234-56", OUTBOUND).label()).isEqualTo(Label.HARASSMENT);
        assertThat(service.verdict("+86 951-234-56", OUTBOUND).number()).isEqualTo("95123456");
        assertThat(service.verdicts(List.of("95123456", "95123457"), OUTBOUND))
                .extracting(ScreeningVerdict::verdict).containsExactly(Verdict.WARN, Verdict.ALLOW);
        assertThatThrownBy(() -> service.verdict("13800138000", OUTBOUND))
                .isInstanceOf(InvalidPhoneNumberException.class);
    }

    @Test
    void thePackedFormDecodesToTheSameVerdict() {
        allocated("95123", false);
        index.putSegmentReputation("95123", Label.HARASSMENT, 60);
        long bits = service.verdictBits(95_123_456, OUTBOUND);

        ScreeningVerdict v = ScreeningVerdict.of("95123456", bits);
        assertThat(v).isEqualTo(service.verdict("95123456", OUTBOUND));
        assertThat(v.verdict()).isEqualTo(Verdict.WARN);
        assertThat(v.reasonCodes()).containsExactly(ReasonCode.SEGMENT_LABEL_INHERITED,
                ReasonCode.OUTBOUND_FROM_INBOUND_ONLY);
        assertThat(v.toString()).contains("95123456", "WARN", "HARASSMENT");
    }
}
