package io.numguard.enforcement.referral;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.ReferralReceived;
import io.numguard.enforcement.cases.CaseIntake;
import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.CaseTrigger;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.IntakeResult;
import io.numguard.enforcement.cases.OpenCases;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.devstack.testing.MutableClock;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static io.numguard.enforcement.testing.Fixtures.POLICE_FZ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_CN;
import static io.numguard.enforcement.testing.Fixtures.SEGMENT;
import static io.numguard.enforcement.testing.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

class ReferralIntakeTest {

    private final MutableClock clock = new MutableClock(T0);
    private final IdSource ids = IdSource.sequential("id");
    private final ReferralIntake intake = new ReferralIntake(clock, ids, Fixtures.segments(),
            new CaseIntake(clock, ids, Fixtures.segments(), Fixtures.licensees()));

    private static ReferralSubmission submission(BigDecimal loss, String... numbers) {
        return new ReferralSubmission("FZ-2025-0117", loss, List.of(numbers), "victims lost savings to a fake bank");
    }

    @Nested
    class JoiningCases {

        @Test
        void suspect_numbers_of_a_segment_join_its_open_case() {
            EnforcementCase open = Fixtures.segmentCaseIn(CaseState.INVESTIGATING);

            ReferralReceipt receipt = intake.receive(POLICE_FZ,
                    submission(new BigDecimal("1280000.50"), "95123456", "+86 951-234-57", "９５１２３４５８"),
                    OpenCases.of(List.of(open))).value();

            Referral referral = receipt.referral();
            assertThat(referral.agency()).isEqualTo("FZ-PSB");
            assertThat(referral.submittedBy()).isEqualTo("police.fz");
            assertThat(referral.suspectNumbers()).containsExactly("95123456", "95123457", "95123458");
            assertThat(referral.links()).singleElement().satisfies(l -> {
                assertThat(l.segmentCode()).isEqualTo(SEGMENT);
                assertThat(l.caseId()).isEqualTo(open.id());
            });
            assertThat(receipt.cases()).singleElement().satisfies(r -> {
                assertThat(r.disposition()).isEqualTo(IntakeResult.Disposition.ATTACHED);
                assertThat(r.caseAfter().triggers()).extracting(CaseTrigger::kind)
                        .endsWith(CaseTrigger.Kind.POLICE_REFERRAL);
                assertThat(r.caseAfter().triggers().get(1).reference()).isEqualTo(referral.referralId());
            });
            assertThat(receipt.events()).singleElement().satisfies(e -> {
                assertThat(e.type()).isEqualTo(EventType.REFERRAL_RECEIVED);
                assertThat(e.key()).isEqualTo(open.id());
                ReferralReceived data = e.data(ReferralReceived.class);
                assertThat(data.caseId()).isEqualTo(open.id());
                assertThat(data.lossYuan()).isEqualByComparingTo("1280000.50");
                assertThat(data.suspectNumbers()).containsExactly("95123456", "95123457", "95123458");
            });
        }

        @Test
        void a_segment_without_an_open_case_gets_one() {
            ReferralReceipt receipt = intake.receive(POLICE_FZ, submission(BigDecimal.ZERO, "95123456"),
                    OpenCases.none()).value();

            assertThat(receipt.cases()).singleElement().satisfies(r -> {
                assertThat(r.disposition()).isEqualTo(IntakeResult.Disposition.OPENED);
                assertThat(r.caseAfter().province()).isEqualTo("FJ");
            });
            assertThat(receipt.decisions()).hasSize(1);
        }

        @Test
        void numbers_in_two_segments_join_two_cases_and_unknown_numbers_are_kept_apart() {
            ReferralReceipt receipt = intake.receive(POLICE_FZ,
                    submission(BigDecimal.TEN, "95123456", "95888001", "95123457", "95000111", "95123456"),
                    OpenCases.none()).value();

            Referral referral = receipt.referral();
            assertThat(referral.suspectNumbers()).as("duplicates dropped")
                    .containsExactly("95123456", "95888001", "95123457", "95000111");
            assertThat(referral.links()).extracting(ReferralLink::segmentCode).containsExactly("95123", "95888");
            assertThat(referral.links().get(0).numbers()).containsExactly("95123456", "95123457");
            assertThat(referral.unmatchedNumbers()).containsExactly("95000111");
            assertThat(referral.caseIds()).hasSize(2).doesNotHaveDuplicates();

            assertThat(receipt.events()).extracting(OutgoingEvent::key)
                    .containsExactly(referral.links().get(0).caseId(), referral.links().get(1).caseId(),
                            referral.referralId());
            assertThat(receipt.events()).flatExtracting(e -> e.data(ReferralReceived.class).suspectNumbers())
                    .as("each number in exactly one event")
                    .containsExactlyInAnyOrderElementsOf(referral.suspectNumbers());
        }
    }

    @Nested
    class Validation {

        @Test
        void a_negative_loss_is_refused() {
            assertThat(intake.receive(POLICE_FZ, submission(new BigDecimal("-1"), "95123456"), OpenCases.none())
                    .refusalReason()).contains(RefusalReason.INVALID_INPUT);
        }

        @Test
        void a_number_that_is_not_a_95_number_is_refused_with_which_one() {
            Verdict<ReferralReceipt> verdict = intake.receive(POLICE_FZ,
                    submission(BigDecimal.ONE, "95123456", "13800138000"), OpenCases.none());

            assertThat(verdict.refusalReason()).contains(RefusalReason.INVALID_INPUT);
            assertThat(verdict.refusal().orElseThrow().detail()).contains("13800138000");
        }

        @Test
        void no_suspect_number_or_case_number_is_refused() {
            assertThat(intake.receive(POLICE_FZ, submission(BigDecimal.ONE), OpenCases.none()).refusalReason())
                    .contains(RefusalReason.INVALID_INPUT);
            assertThat(intake.receive(POLICE_FZ, new ReferralSubmission(" ", BigDecimal.ONE, List.of("95123456"), null),
                    OpenCases.none()).refusalReason()).contains(RefusalReason.INVALID_INPUT);
        }

        @Test
        void only_police_with_an_agency_refer() {
            assertThat(intake.receive(REGULATOR_CN, submission(BigDecimal.ONE, "95123456"), OpenCases.none())
                    .refusalReason()).contains(RefusalReason.ROLE_NOT_ALLOWED);
            assertThat(intake.receive(Actor.police("police.x", null), submission(BigDecimal.ONE, "95123456"),
                    OpenCases.none()).refusalReason()).contains(RefusalReason.ROLE_NOT_ALLOWED);
        }
    }

    @Nested
    class Access {

        private final Referral referral = intake.receive(POLICE_FZ, submission(BigDecimal.ONE, "95123456"),
                OpenCases.none()).value().referral();

        @Test
        void the_referring_agency_reads_its_referral() {
            assertThat(ReferralAccess.mayRead(Actor.police("police.fz.other-officer", "FZ-PSB"), referral).isAllowed())
                    .isTrue();
            assertThat(ReferralAccess.canRead(POLICE_FZ, referral)).isTrue();
        }

        @Test
        void another_agency_does_not() {
            assertThat(ReferralAccess.mayRead(Actor.police("police.xm", "XM-PSB"), referral).refusalReason())
                    .contains(RefusalReason.NOT_THE_REFERRING_AGENCY);
        }

        @Test
        void nor_does_a_regulator_or_a_carrier() {
            assertThat(ReferralAccess.mayRead(REGULATOR_CN, referral).refusalReason())
                    .contains(RefusalReason.ROLE_NOT_ALLOWED);
            assertThat(ReferralAccess.canRead(Fixtures.CARRIER_CT, referral)).isFalse();
        }
    }
}
