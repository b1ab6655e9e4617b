package io.numguard.enforcement.common;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ProvinceScopeTest {

    @Test
    void a_provincial_regulator_acts_in_its_province_only() {
        Actor fj = Actor.regulator("regulator.fj", "FJ");

        assertThat(ProvinceScope.check(fj, "FJ").isAllowed()).isTrue();
        assertThat(ProvinceScope.check(fj, "GD").refusalReason()).contains(RefusalReason.OUTSIDE_PROVINCE);
        assertThat(ProvinceScope.check(fj, null).refusalReason()).as("unknown province belongs to the ministry")
                .contains(RefusalReason.OUTSIDE_PROVINCE);
    }

    @Test
    void the_ministry_acts_everywhere() {
        Actor cn = Actor.regulator("regulator.cn", "CN");

        assertThat(ProvinceScope.check(cn, "FJ").isAllowed()).isTrue();
        assertThat(ProvinceScope.check(cn, "GD").isAllowed()).isTrue();
        assertThat(ProvinceScope.check(cn, null).isAllowed()).isTrue();
    }

    @Test
    void a_cn_claim_makes_the_ministry_only_for_a_regulator() {
        Actor policeWithCn = new Actor("p", Set.of(Role.POLICE), "CN", null, "X");

        assertThat(policeWithCn.isMinistry()).isFalse();
        assertThat(ProvinceScope.check(policeWithCn, "FJ").isRefused()).isTrue();
    }

    @Test
    void the_actor_comes_from_token_claims_and_never_as_system() {
        Actor a = Actor.fromToken("regulator.fj", List.of("regulator", "offline_access", "SYSTEM"), "FJ", " ", null);

        assertThat(a.roles()).containsExactly(Role.REGULATOR);
        assertThat(a.carrierId()).isNull();
        assertThat(a.isSystem()).isFalse();
        assertThat(Actor.system().isSystem()).isTrue();
    }

    @Test
    void every_refusal_reason_has_a_distinct_slug() {
        assertThat(Arrays.stream(RefusalReason.values()).map(RefusalReason::slug))
                .doesNotHaveDuplicates()
                .allSatisfy(s -> assertThat(s).matches("[a-z]+(-[a-z]+)*"))
                .contains("action-not-allowed-in-state", "role-not-allowed", "outside-province", "four-eyes",
                        "not-a-carrier-of-this-order");
    }
}
