package io.numguard.enforcement.cases;

import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.devstack.testing.MutableClock;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.numguard.enforcement.testing.Fixtures.POLICE_FZ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_CN;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Fixtures.SEGMENT;
import static io.numguard.enforcement.testing.Fixtures.T0;
import static io.numguard.enforcement.testing.Fixtures.USCC_A;
import static org.assertj.core.api.Assertions.assertThat;

class CaseIntakeTest {

    private final MutableClock clock = new MutableClock(T0);
    private final CaseIntake intake = new CaseIntake(clock, IdSource.sequential("case"), Fixtures.segments(),
            Fixtures.licensees());

    private static ThresholdExceeded threshold(String segment, String number) {
        return new ThresholdExceeded(segment, number, "P7D", "FRAUD", 42, 30, 17, T0);
    }

    private static RobocallSuspected robocall(String segment) {
        return new RobocallSuspected(segment, null, T0, 4000, 0.03, 4.2, "dormant segment spiked", T0);
    }

    @Nested
    class FromSignals {

        @Test
        void a_threshold_signal_opens_a_case_for_the_segment_in_the_licensees_province() {
            IntakeResult result = intake.onThresholdExceeded(threshold(SEGMENT, "95123456"), OpenCases.none());

            assertThat(result.disposition()).isEqualTo(IntakeResult.Disposition.OPENED);
            EnforcementCase c = result.caseAfter();
            assertThat(c.id()).isEqualTo("case-1");
            assertThat(c.subject()).isEqualTo(CaseSubject.segment(SEGMENT));
            assertThat(c.state()).isEqualTo(CaseState.OPEN);
            assertThat(c.province()).isEqualTo("FJ");
            assertThat(c.licenseeUscc()).isEqualTo(USCC_A);
            assertThat(c.segmentCodes()).containsExactly(SEGMENT);
            assertThat(c.openedBy()).isEqualTo("system");
            assertThat(c.triggers()).singleElement().satisfies(t -> {
                assertThat(t.kind()).isEqualTo(CaseTrigger.Kind.THRESHOLD_EXCEEDED);
                assertThat(t.reference()).isEqualTo("95123456");
            });
            assertThat(result.decisions()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DecisionKind.CASE_OPENED);
                assertThat(d.subject()).isEqualTo("case/case-1");
            });
        }

        @Test
        void later_signals_for_the_same_segment_attach_to_the_open_case() {
            EnforcementCase open = intake.onThresholdExceeded(threshold(SEGMENT, "95123456"), OpenCases.none())
                    .caseAfter();
            clock.advance(Duration.ofHours(1));

            IntakeResult second = intake.onRobocallSuspected(robocall(SEGMENT), OpenCases.of(List.of(open)));
            IntakeResult third = intake.onThresholdExceeded(threshold(SEGMENT, "95123457"),
                    OpenCases.of(List.of(second.caseAfter())));

            assertThat(second.disposition()).isEqualTo(IntakeResult.Disposition.ATTACHED);
            assertThat(third.disposition()).isEqualTo(IntakeResult.Disposition.ATTACHED);
            assertThat(third.caseAfter().id()).isEqualTo(open.id());
            assertThat(third.caseAfter().triggers()).extracting(CaseTrigger::kind).containsExactly(
                    CaseTrigger.Kind.THRESHOLD_EXCEEDED, CaseTrigger.Kind.ROBOCALL_SUSPECTED,
                    CaseTrigger.Kind.THRESHOLD_EXCEEDED);
            assertThat(second.decisions()).as("attaching is not a decision").isEmpty();
        }

        @Test
        void a_signal_attaches_to_a_case_in_any_open_state() {
            EnforcementCase proposed = Fixtures.segmentCaseIn(CaseState.REVOCATION_PROPOSED);

            IntakeResult result = intake.onRobocallSuspected(robocall(SEGMENT), OpenCases.of(List.of(proposed)));

            assertThat(result.disposition()).isEqualTo(IntakeResult.Disposition.ATTACHED);
            assertThat(result.caseAfter().state()).isEqualTo(CaseState.REVOCATION_PROPOSED);
        }

        @Test
        void a_closed_case_does_not_count_so_a_new_one_opens() {
            EnforcementCase closed = Fixtures.caseIn("old-case", CaseSubject.segment(SEGMENT), USCC_A, "FJ",
                    List.of(SEGMENT), CaseState.CLOSED);

            IntakeResult result = intake.onThresholdExceeded(threshold(SEGMENT, null), OpenCases.of(List.of(closed)));

            assertThat(result.disposition()).isEqualTo(IntakeResult.Disposition.OPENED);
            assertThat(result.caseAfter().id()).isNotEqualTo(closed.id());
        }

        @Test
        void a_signal_for_another_segment_opens_its_own_case() {
            EnforcementCase open = Fixtures.segmentCaseIn(CaseState.INVESTIGATING);

            IntakeResult result = intake.onThresholdExceeded(threshold("95888", null), OpenCases.of(List.of(open)));

            assertThat(result.disposition()).isEqualTo(IntakeResult.Disposition.OPENED);
            assertThat(result.caseAfter().subject()).isEqualTo(CaseSubject.segment("95888"));
        }

        @Test
        void a_segment_not_known_yet_gets_a_case_for_the_ministry() {
            IntakeResult result = intake.onThresholdExceeded(threshold("95999", null), OpenCases.none());

            assertThat(result.caseAfter().province()).isEqualTo("CN");
            assertThat(result.caseAfter().licenseeUscc()).isNull();
        }
    }

    @Nested
    class FromResaleFlag {

        private LicenseeControlChanged change(boolean suspectedResale) {
            return new LicenseeControlChanged(USCC_A, "FJ", "LEGAL_REPRESENTATIVE", suspectedResale,
                    Instant.parse("2024-11-01T00:00:00Z"), List.of("95123", "95888"), T0);
        }

        @Test
        void a_change_flagged_as_suspected_resale_opens_a_licensee_case() {
            IntakeResult result = intake.onLicenseeControlChanged(change(true), OpenCases.none());

            assertThat(result.disposition()).isEqualTo(IntakeResult.Disposition.OPENED);
            assertThat(result.caseAfter().subject()).isEqualTo(CaseSubject.licensee(USCC_A));
            assertThat(result.caseAfter().province()).isEqualTo("FJ");
            assertThat(result.caseAfter().segmentCodes()).containsExactly("95123", "95888");
            assertThat(result.caseAfter().triggers().get(0).kind()).isEqualTo(CaseTrigger.Kind.RESALE_SUSPECTED);
        }

        @Test
        void a_second_flag_attaches_to_the_open_licensee_case() {
            EnforcementCase open = intake.onLicenseeControlChanged(change(true), OpenCases.none()).caseAfter();

            IntakeResult again = intake.onLicenseeControlChanged(change(true), OpenCases.of(List.of(open)));

            assertThat(again.disposition()).isEqualTo(IntakeResult.Disposition.ATTACHED);
            assertThat(again.caseAfter().id()).isEqualTo(open.id());
        }

        @Test
        void a_change_without_the_flag_is_ignored() {
            IntakeResult result = intake.onLicenseeControlChanged(change(false), OpenCases.none());

            assertThat(result.disposition()).isEqualTo(IntakeResult.Disposition.IGNORED);
            assertThat(result.affectedCase()).isEmpty();
        }
    }

    @Nested
    class OpeningDecision {

        @Test
        void open_new_without_an_open_case_and_attach_with_one() {
            CaseSubject subject = CaseSubject.segment(SEGMENT);
            EnforcementCase open = Fixtures.segmentCaseIn(CaseState.INVESTIGATING);
            EnforcementCase closed = Fixtures.caseIn("old", subject, USCC_A, "FJ", List.of(SEGMENT), CaseState.CLOSED);

            assertThat(CaseOpening.decide(subject, List.of())).isEqualTo(new CaseOpening.OpenNew(subject));
            assertThat(CaseOpening.decide(subject, List.of(closed))).isEqualTo(new CaseOpening.OpenNew(subject));
            assertThat(CaseOpening.decide(subject, List.of(closed, open))).isEqualTo(new CaseOpening.AttachTo(open));
            assertThat(CaseOpening.decide(CaseSubject.licensee(USCC_A), List.of(open)))
                    .as("a segment case is not a licensee case").isInstanceOf(CaseOpening.OpenNew.class);
        }
    }

    @Nested
    class ByHand {

        @Test
        void a_regulator_opens_a_case_in_their_province() {
            Verdict<IntakeResult> verdict = intake.openByHand(REGULATOR_FJ, CaseSubject.segment(SEGMENT),
                    "press reports", OpenCases.none());

            EnforcementCase c = verdict.value().caseAfter();
            assertThat(c.openedBy()).isEqualTo("regulator.fj");
            assertThat(c.triggers().get(0).kind()).isEqualTo(CaseTrigger.Kind.REGULATOR);
            assertThat(verdict.value().decisions().get(0).actor()).isEqualTo("regulator.fj");
        }

        @Test
        void outside_their_province_only_the_ministry_may() {
            CaseSubject gd = CaseSubject.segment("95777");

            assertThat(intake.openByHand(REGULATOR_FJ, gd, "reason", OpenCases.none()).refusalReason())
                    .contains(RefusalReason.OUTSIDE_PROVINCE);
            assertThat(intake.openByHand(REGULATOR_CN, gd, "reason", OpenCases.none()).value()
                    .caseAfter().province()).isEqualTo("GD");
        }

        @Test
        void a_licensee_case_by_hand_takes_the_licensees_segments() {
            EnforcementCase c = intake.openByHand(REGULATOR_FJ, CaseSubject.licensee(USCC_A), "resale tip",
                    OpenCases.none()).value().caseAfter();

            assertThat(c.segmentCodes()).containsExactly("95123", "95888");
            assertThat(c.licenseeUscc()).isEqualTo(USCC_A);
        }

        @Test
        void refused_when_the_subject_already_has_an_open_case() {
            EnforcementCase open = Fixtures.segmentCaseIn(CaseState.INVESTIGATING);

            Verdict<IntakeResult> verdict = intake.openByHand(REGULATOR_FJ, CaseSubject.segment(SEGMENT), "again",
                    OpenCases.of(List.of(open)));

            assertThat(verdict.refusalReason()).contains(RefusalReason.CASE_ALREADY_OPEN);
            assertThat(verdict.refusal().orElseThrow().detail()).contains(open.id());
        }

        @Test
        void refused_for_police_and_without_a_reason() {
            assertThat(intake.openByHand(POLICE_FZ, CaseSubject.segment(SEGMENT), "x", OpenCases.none())
                    .refusalReason()).contains(RefusalReason.ROLE_NOT_ALLOWED);
            assertThat(intake.openByHand(REGULATOR_FJ, CaseSubject.segment(SEGMENT), " ", OpenCases.none())
                    .refusalReason()).contains(RefusalReason.REASON_REQUIRED);
        }
    }
}
