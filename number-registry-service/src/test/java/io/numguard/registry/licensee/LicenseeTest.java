package io.numguard.registry.licensee;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import static io.numguard.registry.Fixtures.FJ;
import static io.numguard.registry.Fixtures.LICENCE;
import static io.numguard.registry.Fixtures.REP_LI;
import static io.numguard.registry.Fixtures.REP_ZHANG;
import static io.numguard.registry.Fixtures.T0;
import static io.numguard.registry.Fixtures.USCC_A;
import static io.numguard.registry.RegulatoryCalendar.ZONE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LicenseeTest {
    private static final List<SegmentCode> HELD = List.of(SegmentCode.of("95123"));

    private static Licensee registered() {
        return Licensee.register(USCC_A, " Fuzhou Call Co. ", FJ, REP_ZHANG, LICENCE, List.of("Wang", "Chen"), T0)
                .licensee();
    }

    private static Instant monthsAfterT0(int months) {
        return ZonedDateTime.ofInstant(T0, ZONE).plusMonths(months).toInstant();
    }

    @Test
    void registrationCausesLicenseeRegistered() {
        LicenseeChange c = Licensee.register(USCC_A, "Fuzhou Call Co.", FJ, REP_ZHANG, LICENCE,
                List.of("Wang"), T0);
        assertThat(c.licensee().status()).isEqualTo(LicenseeStatus.ACTIVE);
        assertThat(c.event().type()).isEqualTo(EventType.LICENSEE_REGISTERED);
        assertThat(c.event().aggregateId()).isEqualTo(USCC_A.value());
        assertThat(c.event().aggregateType()).isEqualTo("licensee");
        assertThat(c.event().dataAs(LicenseeRegistered.class)).isEqualTo(new LicenseeRegistered(
                USCC_A.value(), "Fuzhou Call Co.", "FJ", REP_ZHANG.hex(), T0));
    }

    @Test
    void aLicenseeRegistersInAProvinceNotTheCountry() {
        assertThatThrownBy(() -> Licensee.register(USCC_A, "X", Province.NATIONAL, REP_ZHANG, LICENCE, List.of(),
                T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void newLegalRepresentativeElevenMonthsAfterAllocationIsSuspectedResale() {
        Instant changeAt = monthsAfterT0(11);
        Verdict<LicenseeChange> r = registered().changeLegalRepresentative(REP_LI, changeAt, "regulator.fj",
                List.of(T0), HELD);

        Licensee after = r.value().licensee();
        assertThat(after.legalRepresentative()).isEqualTo(REP_LI);
        assertThat(after.status()).isEqualTo(LicenseeStatus.SUSPECTED_RESALE);
        assertThat(after.controlChanges()).singleElement().satisfies(ch -> {
            assertThat(ch.kind()).isEqualTo(ControlChangeKind.LEGAL_REPRESENTATIVE);
            assertThat(ch.previousLegalRepresentative()).isEqualTo(REP_ZHANG);
            assertThat(ch.newLegalRepresentative()).isEqualTo(REP_LI);
            assertThat(ch.suspectedResale()).isTrue();
            assertThat(ch.lastAllocationAt()).isEqualTo(T0);
        });
        assertThat(r.value().event().type()).isEqualTo(EventType.LICENSEE_CONTROL_CHANGED);
        assertThat(r.value().event().dataAs(LicenseeControlChanged.class)).isEqualTo(new LicenseeControlChanged(
                USCC_A.value(), "FJ", "LEGAL_REPRESENTATIVE", true, T0, List.of("95123"), changeAt, REP_LI.hex(),
                REP_ZHANG.hex()));
    }

    @Test
    void shareholderChangeThirteenMonthsAfterAllocationIsNotSuspect() {
        Verdict<LicenseeChange> r = registered().changeControllingShareholders(List.of("Zhao"), monthsAfterT0(13),
                "regulator.fj", List.of(T0), HELD);

        Licensee after = r.value().licensee();
        assertThat(after.controllingShareholders()).containsExactly("Zhao");
        assertThat(after.status()).isEqualTo(LicenseeStatus.ACTIVE);
        assertThat(after.controlChanges().get(0).previousShareholders()).containsExactly("Wang", "Chen");
        LicenseeControlChanged data = r.value().event().dataAs(LicenseeControlChanged.class);
        assertThat(data.change()).isEqualTo("CONTROLLING_SHAREHOLDER");
        assertThat(data.suspectedResale()).isFalse();
    }

    @Test
    void shareholderChangeElevenMonthsAfterAllocationIsSuspect() {
        Verdict<LicenseeChange> r = registered().changeControllingShareholders(List.of("Wang", "Zhao"),
                monthsAfterT0(11), "regulator.fj", List.of(T0), HELD);
        assertThat(r.value().licensee().status()).isEqualTo(LicenseeStatus.SUSPECTED_RESALE);
    }

    @Test
    void noChangeIsRefused() {
        Licensee l = registered();
        assertThat(l.changeLegalRepresentative(REP_ZHANG, T0, "u", List.of(), List.of()).refusalReason())
                .contains(RejectionReason.CONTROL_UNCHANGED);
        assertThat(l.changeControllingShareholders(List.of("Chen ", "Wang"), T0, "u", List.of(), List.of())
                .refusalReason()).contains(RejectionReason.CONTROL_UNCHANGED);
    }

    @Test
    void licenceValidityIsInclusive() {
        Licensee l = registered();
        assertThat(l.hasValidLicenceOn(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(l.hasValidLicenceOn(LocalDate.of(2027, 12, 31))).isTrue();
        assertThat(l.hasValidLicenceOn(LocalDate.of(2028, 1, 1))).isFalse();
        assertThat(l.withLicence(new CallCentreLicence("B2-20280001", LocalDate.of(2028, 1, 1),
                LocalDate.of(2032, 12, 31))).hasValidLicenceOn(LocalDate.of(2028, 1, 1))).isTrue();
        assertThatThrownBy(() -> new CallCentreLicence("B2-1", LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
