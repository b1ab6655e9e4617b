package io.numguard.enforcement;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.enforcement.acknowledgement.OrderAcknowledgements;
import io.numguard.enforcement.acknowledgement.OverdueEscalation;
import io.numguard.enforcement.cases.CaseAction;
import io.numguard.enforcement.cases.CaseChange;
import io.numguard.enforcement.cases.CaseCommand;
import io.numguard.enforcement.cases.CaseIntake;
import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.CaseWorkflow;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.IntakeResult;
import io.numguard.enforcement.cases.OpenCases;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.decisionlog.ChainVerification;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.decisionlog.DecisionLog;
import io.numguard.enforcement.decisionlog.DecisionLogEntry;
import io.numguard.enforcement.decisionlog.DecisionLogVerifier;
import io.numguard.enforcement.referral.ReferralIntake;
import io.numguard.enforcement.referral.ReferralReceipt;
import io.numguard.enforcement.referral.ReferralSubmission;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.devstack.testing.MutableClock;
import org.junit.jupiter.api.Test;

import io.numguard.enforcement.common.Actor;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.numguard.enforcement.testing.Fixtures.CARRIER_CT;
import static io.numguard.enforcement.testing.Fixtures.POLICE_FZ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Fixtures.SEGMENT;
import static io.numguard.enforcement.testing.Fixtures.T0;
import static io.numguard.enforcement.testing.Fixtures.USCC_A;
import static org.assertj.core.api.Assertions.assertThat;

/** Steps 3 to 9 of the story in ARCHITECTURE.md, as far as the enforcement domain carries them. */
class EnforcementStoryTest {

    private final MutableClock clock = new MutableClock(T0);
    private final IdSource ids = IdSource.sequential("id");
    private final EnforcementSettings settings = EnforcementSettings.defaults();
    private final CaseIntake caseIntake = new CaseIntake(clock, ids, Fixtures.segments(), Fixtures.licensees());
    private final ReferralIntake referrals = new ReferralIntake(clock, ids, Fixtures.segments(), caseIntake);
    private final CaseWorkflow workflow = new CaseWorkflow(settings, clock, ids, Fixtures.licensees());
    private final List<Decision> decisions = new ArrayList<>();
    private final List<OutgoingEvent> outbox = new ArrayList<>();

    private EnforcementCase act(EnforcementCase c, Actor actor, CaseCommand cmd) {
        CaseChange change = workflow.act(c, actor, cmd).value();
        decisions.addAll(change.decisions());
        outbox.addAll(change.events());
        return change.caseAfter();
    }

    @Test
    void from_signal_to_revocation_acknowledgements_and_a_verified_log() {
        // 3. the segment crosses its threshold: a case opens
        IntakeResult opened = caseIntake.onThresholdExceeded(
                new ThresholdExceeded(SEGMENT, null, "P7D", "ALL", 120, 100, 37, T0), OpenCases.none());
        decisions.addAll(opened.decisions());
        EnforcementCase c = opened.caseAfter();

        // 4. police refer numbers differing in their last digits: they join the same case
        clock.advance(Duration.ofHours(1));
        ReferralReceipt receipt = referrals.receive(POLICE_FZ, new ReferralSubmission("FZ-2025-0117",
                        new BigDecimal("350000"), List.of("95123456", "95123457", "95123458"), "fake bank"),
                OpenCases.of(List.of(c))).value();
        outbox.addAll(receipt.events());
        c = receipt.cases().get(0).caseAfter();
        assertThat(receipt.referral().caseIds()).containsExactly(c.id());

        // 5. regulator.fj proposes revocation; the same user cannot approve; regulator.fj2 does
        clock.advance(Duration.ofHours(1));
        c = act(c, REGULATOR_FJ, CaseCommand.of(CaseAction.INVESTIGATE, "a reason"));
        c = act(c, REGULATOR_FJ, CaseCommand.proposeRevocationForFraud("fraud confirmed by FZ-PSB"));
        assertThat(workflow.act(c, REGULATOR_FJ, CaseCommand.of(CaseAction.APPROVE, "a reason")).refusalReason())
                .contains(RefusalReason.FOUR_EYES);
        clock.advance(Duration.ofHours(1));
        c = act(c, REGULATOR_FJ2, CaseCommand.of(CaseAction.APPROVE, "a reason"));
        assertThat(c.state()).isEqualTo(CaseState.REVOCATION_APPROVED);
        Order order = outbox.stream().filter(e -> e.type() == EventType.ORDER_REVOKE).findFirst().orElseThrow()
                .data(Order.class);
        // 8. the revocation was for fraud: joint punishment comes with it
        assertThat(outbox).extracting(OutgoingEvent::type)
                .containsExactly(EventType.REFERRAL_RECEIVED, EventType.ORDER_REVOKE, EventType.SANCTION_IMPOSED);

        // 6. the registry revokes; 7. carriers owe acknowledgements; CM misses its deadline
        Instant revokedAt = clock.instant().plus(Duration.ofMinutes(2));
        SegmentChanged revoked = new SegmentChanged(SEGMENT, USCC_A, "FJ", "REVOKED", List.of("CT", "CM"), false, true,
                LocalDate.parse("2024-01-01"), LocalDate.parse("2028-12-31"), order.orderId(), order.reason(),
                revokedAt);
        OrderAcknowledgements acks = OrderAcknowledgements.fromSegmentEvent(EventType.SEGMENT_REVOKED, revoked,
                order.caseId(), settings, clock.instant()).orElseThrow();
        acks = acks.acknowledge(CARRIER_CT, revokedAt.plus(Duration.ofHours(3))).value().acknowledgementsAfter();
        clock.set(revokedAt.plus(Duration.ofHours(25)));
        OverdueEscalation overdue = acks.escalateOverdue(clock.instant());
        decisions.addAll(overdue.decisions());
        c = c.recordEscalations(overdue.escalations(), clock.instant());
        assertThat(c.escalations()).extracting(e -> e.carrierId()).containsExactly("CM");
        assertThat(overdue.acknowledgementsAfter().escalateOverdue(clock.instant().plusSeconds(60)).isEmpty()).isTrue();

        c = act(c, REGULATOR_FJ, CaseCommand.of(CaseAction.CLOSE, "a reason"));
        assertThat(c.isOpen()).isFalse();

        // 9. a control change within 12 months of an allocation: a licensee case
        IntakeResult resale = caseIntake.onLicenseeControlChanged(new LicenseeControlChanged(USCC_A, "FJ",
                "CONTROLLING_SHAREHOLDER", true, T0.minus(Duration.ofDays(90)), List.of(SEGMENT), clock.instant()),
                OpenCases.of(List.of(c)));
        decisions.addAll(resale.decisions());
        assertThat(resale.caseAfter().subject()).isEqualTo(CaseSubject.licensee(USCC_A));

        // every decision is in the tamper-evident log, and the log verifies
        List<DecisionLogEntry> log = DecisionLog.appendAll(null, decisions);
        assertThat(log).extracting(DecisionLogEntry::kind).containsExactly(
                DecisionKind.CASE_OPENED, DecisionKind.CASE_ACTION, DecisionKind.CASE_ACTION, DecisionKind.APPROVAL,
                DecisionKind.SANCTION_IMPOSED, DecisionKind.ESCALATION, DecisionKind.CASE_ACTION,
                DecisionKind.CASE_OPENED);
        assertThat(DecisionLogVerifier.verify(log).isIntact()).isTrue();

        List<DecisionLogEntry> tampered = new ArrayList<>(log);
        tampered.set(3, log.get(3).withDetailsUnhashed(Map.of("outcome", "REJECTED")));
        assertThat(DecisionLogVerifier.verify(tampered)).isInstanceOfSatisfying(ChainVerification.Broken.class,
                b -> assertThat(b.sequence()).isEqualTo(4));
    }
}
