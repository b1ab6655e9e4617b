package io.numguard.registry.sanction;

import io.numguard.contracts.events.SanctionImposed;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.numguard.registry.Fixtures.REP_LI;
import static io.numguard.registry.Fixtures.REP_ZHANG;
import static io.numguard.registry.Fixtures.T0;
import static io.numguard.registry.Fixtures.USCC_A;
import static io.numguard.registry.Fixtures.USCC_B;
import static org.assertj.core.api.Assertions.assertThat;

class ActiveSanctionsTest {

    @Test
    void fromTheImposedEventUntilLifted() {
        Sanction s = Sanction.from(new SanctionImposed("S-9", USCC_A.value(), REP_ZHANG.hex(), "fraud", "CASE-1",
                "regulator.fj2", T0));
        assertThat(ActiveSanctions.of(List.of(s), T0).against(USCC_A)).contains(s);
        assertThat(ActiveSanctions.of(List.of(s), T0).against(REP_ZHANG)).contains(s);
        assertThat(ActiveSanctions.of(List.of(s), T0.minusSeconds(1)).against(USCC_A)).isEmpty();

        Sanction lifted = s.lift(T0.plusSeconds(60));
        assertThat(ActiveSanctions.of(List.of(lifted), T0.plusSeconds(59)).against(USCC_A)).isPresent();
        assertThat(ActiveSanctions.of(List.of(lifted), T0.plusSeconds(60)).against(USCC_A)).isEmpty();
    }

    @Test
    void aSanctionOnTheCompanyOnlyDoesNotNameAPerson() {
        Sanction s = Sanction.from(new SanctionImposed("S-10", USCC_B.value(), null, "fraud", null, "r", T0));
        ActiveSanctions active = ActiveSanctions.of(List.of(s), T0);
        assertThat(active.against(USCC_B)).isPresent();
        assertThat(active.against(REP_LI)).isEmpty();
        assertThat(ActiveSanctions.none().against(USCC_B)).isEmpty();
    }
}
