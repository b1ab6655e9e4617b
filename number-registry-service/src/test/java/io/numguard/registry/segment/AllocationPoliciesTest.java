package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.licensee.CallCentreLicence;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.sanction.ActiveSanctions;
import io.numguard.registry.sanction.Sanction;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.List;

import static io.numguard.registry.Fixtures.CN;
import static io.numguard.registry.Fixtures.FJ;
import static io.numguard.registry.Fixtures.GD;
import static io.numguard.registry.Fixtures.PLAN;
import static io.numguard.registry.Fixtures.REP_LI;
import static io.numguard.registry.Fixtures.REP_ZHANG;
import static io.numguard.registry.Fixtures.T0;
import static io.numguard.registry.Fixtures.USCC_A;
import static io.numguard.registry.Fixtures.USCC_C;
import static io.numguard.registry.Fixtures.facts;
import static io.numguard.registry.Fixtures.licensee;
import static io.numguard.registry.Fixtures.licenseeA;
import static io.numguard.registry.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

class AllocationPoliciesTest {
    private static final AllocationFacts CLEAN = facts(licenseeA(), List.of(), ActiveSanctions.none());

    private static Verdict.Refused<Nothing> rejected(Verdict<Nothing> d) {
        assertThat(d).isInstanceOf(Verdict.Refused.class);
        return (Verdict.Refused<Nothing>) d;
    }

    private static ExistingSegment existing(String code, SegmentStatus status) {
        return new ExistingSegment(SegmentCode.of(code), status);
    }

    @Nested
    class Province {
        private final AllocationPolicy policy = AllocationPolicies.regulatorActsWithinItsProvince();

        @Test
        void regulatorOfTheLicenseesProvinceMayAct() {
            assertThat(policy.evaluate(request("95123", FJ, T0), CLEAN).isAllowed()).isTrue();
        }

        @Test
        void ministryActsEverywhere() {
            assertThat(policy.evaluate(request("95123", CN, T0), CLEAN).isAllowed()).isTrue();
        }

        @Test
        void regulatorOfAnotherProvinceIsRejected() {
            Verdict.Refused<Nothing> r = rejected(policy.evaluate(request("95123", GD, T0), CLEAN));
            assertThat(r.reason()).isEqualTo(RejectionReason.OUTSIDE_PROVINCE);
            assertThat(r.detail()).contains("GD").contains("FJ");
        }
    }

    @Nested
    class NumberPlanPolicy {
        private final AllocationPolicy policy = AllocationPolicies.segmentInsideNumberPlan(PLAN);

        @Test
        void codeInsideThePlan() {
            assertThat(policy.evaluate(request("95123", FJ, T0), CLEAN).isAllowed()).isTrue();
        }

        @ParameterizedTest
        @ValueSource(strings = {"95110", "95301", "95812"})
        void codeOutsideThePlan(String code) {
            assertThat(rejected(policy.evaluate(request(code, FJ, T0), CLEAN)).reason())
                    .isEqualTo(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN);
        }
    }

    @Nested
    class Overlap {
        private final AllocationPolicy policy = AllocationPolicies.segmentDoesNotOverlapAnotherSegment();

        @Test
        void noOverlapOrOnlyReleasedOverlaps() {
            AllocationFacts f = facts(licenseeA(), List.of(existing("95124", SegmentStatus.ALLOCATED),
                    existing("951234", SegmentStatus.RELEASED)), ActiveSanctions.none());
            assertThat(policy.evaluate(request("95123", FJ, T0), f).isAllowed()).isTrue();
        }

        @ParameterizedTest
        @EnumSource(value = SegmentStatus.class, names = "RELEASED", mode = EnumSource.Mode.EXCLUDE)
        void longerExistingCodeUnderTheRequestedOneBlocks(SegmentStatus status) {
            AllocationFacts f = facts(licenseeA(), List.of(existing("951234", status)), ActiveSanctions.none());
            Verdict.Refused<Nothing> r = rejected(policy.evaluate(request("95123", FJ, T0), f));
            assertThat(r.reason()).isEqualTo(RejectionReason.SEGMENT_OVERLAPS);
            assertThat(r.detail()).contains("951234").contains(status.name());
        }

        @Test
        void shorterExistingCodeOverTheRequestedOneBlocks() {
            AllocationFacts f = facts(licenseeA(), List.of(existing("95123", SegmentStatus.QUARANTINED)),
                    ActiveSanctions.none());
            assertThat(rejected(policy.evaluate(request("951234", FJ, T0), f)).reason())
                    .isEqualTo(RejectionReason.SEGMENT_OVERLAPS);
        }

        @Test
        void sameCodeBlocksAndTheLowestClashIsNamed() {
            AllocationFacts f = facts(licenseeA(), List.of(existing("951239", SegmentStatus.ALLOCATED),
                    existing("951231", SegmentStatus.ALLOCATED)), ActiveSanctions.none());
            assertThat(rejected(policy.evaluate(request("95123", FJ, T0), f)).detail()).contains("951231");
        }
    }

    @Nested
    class Licence {
        private final AllocationPolicy policy = AllocationPolicies.licenseeHoldsValidLicence();

        private AllocationFacts withLicence(LocalDate from, LocalDate until) {
            Licensee l = licenseeA().withLicence(new CallCentreLicence("B2-20240001", from, until));
            return facts(l, List.of(), ActiveSanctions.none());
        }

        @Test
        void validOnTheAllocationDate() {
            // T0 is 2024-03-01 in China
            assertThat(policy.evaluate(request("95123", FJ, T0),
                    withLicence(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 1))).isAllowed()).isTrue();
        }

        @Test
        void expiredOrNotYetValidIsRejected() {
            Verdict.Refused<Nothing> r = rejected(policy.evaluate(request("95123", FJ, T0),
                    withLicence(LocalDate.of(2019, 1, 1), LocalDate.of(2024, 2, 29))));
            assertThat(r.reason()).isEqualTo(RejectionReason.LICENCE_INVALID);
            assertThat(r.detail()).contains("2024-02-29").contains("2024-03-01");
            assertThat(rejected(policy.evaluate(request("95123", FJ, T0),
                    withLicence(LocalDate.of(2024, 3, 2), LocalDate.of(2029, 1, 1)))).reason())
                    .isEqualTo(RejectionReason.LICENCE_INVALID);
        }
    }

    @Nested
    class Sanctions {
        private final Sanction onA = new Sanction("S-1", USCC_A, REP_ZHANG, "fraud", T0.minusSeconds(60), null);

        @Test
        void licenseeUnderSanctionIsRejected() {
            AllocationFacts f = facts(licenseeA(), List.of(), ActiveSanctions.of(List.of(onA), T0));
            Verdict.Refused<Nothing> r = rejected(AllocationPolicies.licenseeNotSanctioned()
                    .evaluate(request("95123", FJ, T0), f));
            assertThat(r.reason()).isEqualTo(RejectionReason.LICENSEE_SANCTIONED);
            assertThat(r.detail()).contains("S-1");
        }

        @Test
        void unsanctionedLicenseeIsAllowed() {
            assertThat(AllocationPolicies.licenseeNotSanctioned().evaluate(request("95123", FJ, T0), CLEAN)
                    .isAllowed()).isTrue();
            assertThat(AllocationPolicies.legalRepresentativeNotSanctioned().evaluate(request("95123", FJ, T0),
                    CLEAN).isAllowed()).isTrue();
        }

        @Test
        void newCompanyWithTheSanctionedLegalRepresentativeIsRejected() {
            Licensee c = licensee(USCC_C, FJ, REP_ZHANG);
            AllocationFacts f = facts(c, List.of(), ActiveSanctions.of(List.of(onA), T0));
            assertThat(AllocationPolicies.licenseeNotSanctioned().evaluate(request("95123", FJ, T0), f)
                    .isAllowed()).isTrue();
            Verdict.Refused<Nothing> r = rejected(AllocationPolicies.legalRepresentativeNotSanctioned()
                    .evaluate(request("95123", FJ, T0), f));
            assertThat(r.reason()).isEqualTo(RejectionReason.LEGAL_REPRESENTATIVE_SANCTIONED);
            assertThat(r.detail()).contains(USCC_C.value()).contains(USCC_A.value());
        }

        @Test
        void aDifferentRepresentativeOrALiftedSanctionDoesNotBar() {
            Licensee c = licensee(USCC_C, FJ, REP_LI);
            AllocationFacts f = facts(c, List.of(), ActiveSanctions.of(List.of(onA), T0));
            assertThat(AllocationPolicies.legalRepresentativeNotSanctioned().evaluate(request("95123", FJ, T0), f)
                    .isAllowed()).isTrue();
            AllocationFacts lifted = facts(licenseeA(), List.of(),
                    ActiveSanctions.of(List.of(onA.lift(T0.minusSeconds(1))), T0));
            assertThat(AllocationPolicies.standard(PLAN).evaluate(request("95123", FJ, T0), lifted).isAllowed())
                    .isTrue();
        }
    }

    @Nested
    class Composite {
        private final AllocationPolicy all = AllocationPolicies.standard(PLAN);

        @Test
        void allowsWhenEveryPolicyAllows() {
            assertThat(all.evaluate(request("95123", FJ, T0), CLEAN)).isEqualTo(Verdict.allowed());
            assertThat(all.name()).isEqualTo("allAllocationPolicies");
        }

        @Test
        void answersWithTheFirstRejectionInTheFixedOrder() {
            Sanction onA = new Sanction("S-1", USCC_A, REP_ZHANG, "fraud", T0.minusSeconds(60), null);
            AllocationFacts bad = facts(licenseeA().withLicence(new CallCentreLicence("B2-1",
                            LocalDate.of(2010, 1, 1), LocalDate.of(2011, 1, 1))),
                    List.of(existing("95123", SegmentStatus.ALLOCATED)), ActiveSanctions.of(List.of(onA), T0));

            assertThat(rejected(all.evaluate(request("95110", GD, T0), bad)).reason())
                    .isEqualTo(RejectionReason.OUTSIDE_PROVINCE);
            assertThat(rejected(all.evaluate(request("95110", FJ, T0), bad)).reason())
                    .isEqualTo(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN);
            assertThat(rejected(all.evaluate(request("95123", FJ, T0), bad)).reason())
                    .isEqualTo(RejectionReason.SEGMENT_OVERLAPS);
            assertThat(rejected(all.evaluate(request("95124", FJ, T0), bad)).reason())
                    .isEqualTo(RejectionReason.LICENCE_INVALID);
        }

        @Test
        void licenseeSanctionComesBeforeRepresentativeSanction() {
            Sanction onA = new Sanction("S-1", USCC_A, REP_ZHANG, "fraud", T0.minusSeconds(60), null);
            AllocationFacts f = facts(licenseeA(), List.of(), ActiveSanctions.of(List.of(onA), T0));
            assertThat(rejected(all.evaluate(request("95123", FJ, T0), f)).reason())
                    .isEqualTo(RejectionReason.LICENSEE_SANCTIONED);
        }

        @Test
        void customCompositeKeepsItsOrder() {
            AllocationPolicy reject1 = AllocationPolicy.named("one",
                    (r, f) -> Verdict.refused(RejectionReason.SEGMENT_OVERLAPS, "one"));
            AllocationPolicy reject2 = AllocationPolicy.named("two",
                    (r, f) -> Verdict.refused(RejectionReason.LICENCE_INVALID, "two"));
            assertThat(rejected(AllocationPolicies.firstRejectionOf("c", List.of(reject2, reject1))
                    .evaluate(request("95123", FJ, T0), CLEAN)).detail()).isEqualTo("two");
            assertThat(reject1.name()).isEqualTo("one");
        }
    }
}
