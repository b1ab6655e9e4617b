package io.numguard.enforcement.cases;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.events.SanctionImposed;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.enforcement.common.service.Verdicts;
import io.numguard.devstack.testing.MutableClock;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.numguard.enforcement.cases.CaseAction.APPROVE;
import static io.numguard.enforcement.cases.CaseAction.CLOSE;
import static io.numguard.enforcement.cases.CaseAction.ESCALATE;
import static io.numguard.enforcement.cases.CaseAction.INVESTIGATE;
import static io.numguard.enforcement.cases.CaseAction.ORDER_RECTIFICATION;
import static io.numguard.enforcement.cases.CaseAction.PROPOSE_REINSTATEMENT;
import static io.numguard.enforcement.cases.CaseAction.PROPOSE_REVOCATION;
import static io.numguard.enforcement.cases.CaseAction.PROPOSE_SUSPENSION;
import static io.numguard.enforcement.cases.CaseAction.REJECT;
import static io.numguard.enforcement.cases.CaseAction.RESOLVE;
import static io.numguard.enforcement.testing.Fixtures.LEGAL_REP_HASH_A;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_CN;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_GD;
import static io.numguard.enforcement.testing.Fixtures.SEGMENT;
import static io.numguard.enforcement.testing.Fixtures.T0;
import static io.numguard.enforcement.testing.Fixtures.USCC_A;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseWorkflowTest {

    private final MutableClock clock = new MutableClock(T0);
    private final CaseWorkflow workflow = new CaseWorkflow(EnforcementSettings.defaults(), clock,
            IdSource.sequential("id"), Fixtures.licensees());

    private EnforcementCase investigating() {
        return Fixtures.segmentCaseIn(CaseState.INVESTIGATING);
    }

    private EnforcementCase step(EnforcementCase c, Actor actor, CaseCommand command) {
        return workflow.act(c, actor, command).value().caseAfter();
    }

    @Nested
    class FourEyes {

        @Test
        void the_proposer_cannot_approve_a_revocation() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ,
                    CaseCommand.proposeRevocationForFraud("fraud confirmed by police"));

            Verdict<CaseChange> sameUser = workflow.act(proposed, REGULATOR_FJ, CaseCommand.of(APPROVE, "a reason"));

            assertThat(sameUser.refusalReason()).contains(RefusalReason.FOUR_EYES);
            assertThat(sameUser.refusal().orElseThrow().reason().slug()).isEqualTo("four-eyes");
            assertThat(proposed.state()).isEqualTo(CaseState.REVOCATION_PROPOSED);
        }

        @Test
        void the_same_user_is_refused_even_when_the_ministry() {
            EnforcementCase proposed = step(investigating(), REGULATOR_CN, CaseCommand.of(PROPOSE_SUSPENSION, "spam"));

            assertThat(workflow.act(proposed, REGULATOR_CN, CaseCommand.of(APPROVE, "a reason")).refusalReason())
                    .contains(RefusalReason.FOUR_EYES);
        }

        @Test
        void a_second_regulator_approves_and_the_revocation_order_is_published() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ,
                    CaseCommand.proposeRevocationForFraud("fraud confirmed by police"));
            clock.advance(Duration.ofHours(2));

            CaseChange change = workflow.act(proposed, REGULATOR_FJ2, CaseCommand.of(APPROVE, "a reason")).value();

            assertThat(change.caseAfter().state()).isEqualTo(CaseState.REVOCATION_APPROVED);
            assertThat(change.caseAfter().pendingProposal()).isNull();
            assertThat(change.orders()).singleElement().satisfies(order -> {
                assertThat(order.caseId()).isEqualTo("case-1");
                assertThat(order.segmentCode()).isEqualTo(SEGMENT);
                assertThat(order.action()).isEqualTo("REVOKE");
                assertThat(order.reason()).isEqualTo("fraud confirmed by police");
                assertThat(order.fraud()).isTrue();
                assertThat(order.proposedBy()).isEqualTo("regulator.fj");
                assertThat(order.approvedBy()).isEqualTo("regulator.fj2");
                assertThat(order.decidedAt()).isEqualTo(T0.plus(Duration.ofHours(2)));
            });
            Order order = change.orders().get(0);
            assertThat(change.caseAfter().orderIds()).containsExactly(order.orderId());
            OutgoingEvent orderEvent = change.events().get(0);
            assertThat(orderEvent.type()).isEqualTo(EventType.ORDER_REVOKE);
            assertThat(orderEvent.key()).isEqualTo(SEGMENT);
            assertThat(orderEvent.data()).isEqualTo(order);
        }

        @Test
        void the_proposer_may_withdraw_by_rejecting() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ, CaseCommand.of(PROPOSE_SUSPENSION, "spam"));

            CaseChange change = workflow.act(proposed, REGULATOR_FJ, CaseCommand.of(REJECT, "withdrawn")).value();

            assertThat(change.caseAfter().state()).isEqualTo(CaseState.REJECTED);
            assertThat(change.orders()).isEmpty();
            assertThat(change.events()).isEmpty();
            assertThat(change.decisions()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DecisionKind.APPROVAL);
                assertThat(d.details()).containsEntry("outcome", "REJECTED").containsEntry("reason", "withdrawn");
            });
        }

        @Test
        void the_refusal_reaches_the_caller_as_the_problem_of_its_reason() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ, CaseCommand.of(PROPOSE_SUSPENSION, "spam"));
            Verdict<CaseChange> approvedByProposer =
                    workflow.act(proposed, REGULATOR_FJ, CaseCommand.of(APPROVE, "a reason"));

            assertThatThrownBy(() -> Verdicts.valueOrThrow(approvedByProposer))
                    .isInstanceOfSatisfying(ProblemException.class, e -> {
                        assertThat(e.status()).isEqualTo(403);
                        assertThat(e.slug()).isEqualTo(RefusalReason.FOUR_EYES.slug());
                        assertThat(e.getMessage()).contains("regulator.fj");
                    });
        }
    }

    @Nested
    class Orders {

        @Test
        void a_revocation_for_fraud_imposes_joint_punishment_on_the_licensee_and_legal_representative() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ,
                    CaseCommand.proposeRevocationForFraud("fraud"));

            CaseChange change = workflow.act(proposed, REGULATOR_FJ2, CaseCommand.of(APPROVE, "a reason")).value();

            assertThat(change.sanctions()).singleElement().satisfies(s -> {
                assertThat(s.uscc()).isEqualTo(USCC_A);
                assertThat(s.legalRepresentativeHash()).isEqualTo(LEGAL_REP_HASH_A);
                assertThat(s.caseId()).isEqualTo("case-1");
                assertThat(s.imposedBy()).isEqualTo("regulator.fj2");
                assertThat(s.isActive()).isTrue();
            });
            assertThat(change.events()).extracting(OutgoingEvent::type)
                    .containsExactly(EventType.ORDER_REVOKE, EventType.SANCTION_IMPOSED);
            OutgoingEvent sanctionEvent = change.events().get(1);
            assertThat(sanctionEvent.key()).isEqualTo(USCC_A);
            assertThat(sanctionEvent.data(SanctionImposed.class).legalRepresentativeHash()).isEqualTo(LEGAL_REP_HASH_A);
            assertThat(change.decisions()).extracting(Decision::kind)
                    .containsExactly(DecisionKind.APPROVAL, DecisionKind.SANCTION_IMPOSED);
        }

        @Test
        void a_revocation_without_fraud_imposes_no_sanction() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ,
                    CaseCommand.of(PROPOSE_REVOCATION, "licence conditions broken"));

            CaseChange change = workflow.act(proposed, REGULATOR_FJ2, CaseCommand.of(APPROVE, "a reason")).value();

            assertThat(change.sanctions()).isEmpty();
            assertThat(change.events()).extracting(OutgoingEvent::type).containsExactly(EventType.ORDER_REVOKE);
        }

        @Test
        void suspension_then_reinstatement_each_under_four_eyes() {
            EnforcementCase c = step(investigating(), REGULATOR_FJ, CaseCommand.of(PROPOSE_SUSPENSION, "robocalls"));
            CaseChange suspended = workflow.act(c, REGULATOR_FJ2, CaseCommand.of(APPROVE, "a reason")).value();
            assertThat(suspended.caseAfter().state()).isEqualTo(CaseState.SUSPENSION_APPROVED);
            assertThat(suspended.events()).extracting(OutgoingEvent::type).containsExactly(EventType.ORDER_SUSPEND);
            assertThat(suspended.orders().get(0).action()).isEqualTo("SUSPEND");

            EnforcementCase proposed = step(suspended.caseAfter(), REGULATOR_FJ2,
                    new CaseCommand(PROPOSE_REINSTATEMENT, "rectified", true));
            assertThat(proposed.pendingProposal().fraud()).as("a reinstatement is never for fraud").isFalse();
            assertThat(workflow.act(proposed, REGULATOR_FJ2, CaseCommand.of(APPROVE, "a reason")).refusalReason())
                    .contains(RefusalReason.FOUR_EYES);

            CaseChange reinstated = workflow.act(proposed, REGULATOR_CN, CaseCommand.of(APPROVE, "a reason")).value();
            assertThat(reinstated.caseAfter().state()).isEqualTo(CaseState.REINSTATEMENT_APPROVED);
            assertThat(reinstated.orders()).singleElement().satisfies(o -> {
                assertThat(o.action()).isEqualTo("REINSTATE");
                assertThat(o.proposedBy()).isEqualTo("regulator.fj2");
                assertThat(o.approvedBy()).isEqualTo("regulator.cn");
            });
            assertThat(reinstated.events()).extracting(OutgoingEvent::type).containsExactly(EventType.ORDER_REINSTATE);
            assertThat(reinstated.caseAfter().orderIds()).hasSize(2);
            assertThat(step(reinstated.caseAfter(), REGULATOR_FJ, CaseCommand.of(CLOSE, "a reason")).state())
                    .isEqualTo(CaseState.CLOSED);
        }

        @Test
        void a_licensee_case_orders_every_segment_of_the_licensee() {
            EnforcementCase c = Fixtures.caseIn("case-9", CaseSubject.licensee(USCC_A), USCC_A, "FJ",
                    List.of("95123", "95888"), CaseState.INVESTIGATING);
            EnforcementCase proposed = step(c, REGULATOR_FJ, CaseCommand.of(PROPOSE_SUSPENSION, "resold"));

            CaseChange change = workflow.act(proposed, REGULATOR_FJ2, CaseCommand.of(APPROVE, "a reason")).value();

            assertThat(change.orders()).extracting(Order::segmentCode).containsExactly("95123", "95888");
            assertThat(change.orders()).extracting(Order::orderId).doesNotHaveDuplicates();
            assertThat(change.events()).extracting(OutgoingEvent::key).containsExactly("95123", "95888");
        }

        @Test
        void a_case_without_a_known_segment_cannot_propose() {
            EnforcementCase c = Fixtures.caseIn("case-9", CaseSubject.licensee(USCC_A), USCC_A, "FJ", List.of(),
                    CaseState.INVESTIGATING);

            assertThat(workflow.act(c, REGULATOR_FJ, CaseCommand.of(PROPOSE_REVOCATION, "resold")).refusalReason())
                    .contains(RefusalReason.CASE_HAS_NO_SEGMENT);
        }

        @Test
        void every_action_needs_a_reason() {
            assertThat(workflow.act(investigating(), REGULATOR_FJ, CaseCommand.of(PROPOSE_REVOCATION, "  "))
                    .refusalReason()).contains(RefusalReason.REASON_REQUIRED);
            // each action, from a state that allows it, by a regulator who may take it: refused for want of a reason
            for (CaseState state : CaseState.values()) {
                for (CaseAction action : CaseTransitions.actionsFrom(state)) {
                    Actor other = action == APPROVE ? REGULATOR_CN : REGULATOR_FJ;
                    assertThat(workflow.act(Fixtures.segmentCaseIn(state), other, new CaseCommand(action, null, false))
                            .refusalReason()).as(action + " from " + state).contains(RefusalReason.REASON_REQUIRED);
                }
            }
            assertThat(workflow.act(Fixtures.segmentCaseIn(CaseState.OPEN), REGULATOR_FJ,
                    CaseCommand.of(INVESTIGATE, "a reason")).isAllowed()).isTrue();
        }
    }

    @Nested
    class Province {

        @Test
        void a_fujian_regulator_acts_on_a_fujian_case() {
            assertThat(workflow.act(Fixtures.segmentCaseIn(CaseState.OPEN), REGULATOR_FJ,
                    CaseCommand.of(INVESTIGATE, "a reason")).isAllowed()).isTrue();
        }

        @Test
        void a_fujian_regulator_is_refused_on_a_guangdong_case_and_the_ministry_is_not() {
            EnforcementCase gd = Fixtures.caseIn("case-gd", CaseSubject.segment("95777"), "91440300MA5ABC6789", "GD",
                    List.of("95777"), CaseState.OPEN);

            Verdict<CaseChange> fj = workflow.act(gd, REGULATOR_FJ, CaseCommand.of(INVESTIGATE, "a reason"));
            assertThat(fj.refusalReason()).contains(RefusalReason.OUTSIDE_PROVINCE);
            assertThat(fj.refusal().orElseThrow().reason().slug()).isEqualTo("outside-province");

            assertThat(workflow.act(gd, REGULATOR_CN, CaseCommand.of(INVESTIGATE, "a reason")).isAllowed()).isTrue();
        }

        @Test
        void the_ministry_may_approve_a_provincial_proposal() {
            EnforcementCase proposed = step(investigating(), REGULATOR_FJ, CaseCommand.of(PROPOSE_SUSPENSION, "spam"));

            assertThat(workflow.act(proposed, REGULATOR_CN, CaseCommand.of(APPROVE, "a reason")).isAllowed()).isTrue();
        }

        @Test
        void a_regulator_without_a_province_claim_is_refused() {
            Actor noClaim = Actor.regulator("regulator.x", null);

            assertThat(workflow.act(investigating(), noClaim, CaseCommand.of(RESOLVE, "a reason")).refusalReason())
                    .contains(RefusalReason.OUTSIDE_PROVINCE);
        }

        @Test
        void province_is_checked_before_state_so_an_outsider_learns_nothing_of_the_case() {
            Verdict<CaseChange> verdict = workflow.act(Fixtures.segmentCaseIn(CaseState.CLOSED), REGULATOR_GD,
                    CaseCommand.of(INVESTIGATE, "a reason"));

            assertThat(verdict.refusalReason()).contains(RefusalReason.OUTSIDE_PROVINCE);
            assertThat(verdict.refusal().orElseThrow().detail()).doesNotContain("CLOSED");
        }
    }

    @Nested
    class Rectification {

        @Test
        void the_deadline_is_fifteen_days_by_default() {
            CaseChange change = workflow.act(investigating(), REGULATOR_FJ,
                    CaseCommand.of(ORDER_RECTIFICATION, "file sub-numbers")).value();

            assertThat(change.caseAfter().rectificationDeadline()).isEqualTo(T0.plus(Duration.ofDays(15)));
            assertThat(change.decisions().get(0).details())
                    .containsEntry("rectificationDeadline", T0.plus(Duration.ofDays(15)).toString());
        }

        @Test
        void the_deadline_is_configurable() {
            CaseWorkflow sevenDays = new CaseWorkflow(EnforcementSettings.defaults()
                    .withRectificationPeriod(Duration.ofDays(7)), clock, IdSource.sequential("x"), Fixtures.licensees());

            EnforcementCase c = sevenDays.act(investigating(), REGULATOR_FJ, CaseCommand.of(ORDER_RECTIFICATION, "a reason"))
                    .value().caseAfter();

            assertThat(c.rectificationDeadline()).isEqualTo(T0.plus(Duration.ofDays(7)));
        }

        @Test
        void overdue_only_after_the_deadline_has_passed() {
            EnforcementCase c = step(investigating(), REGULATOR_FJ, CaseCommand.of(ORDER_RECTIFICATION, "a reason"));
            Instant deadline = c.rectificationDeadline();

            assertThat(c.rectificationOverdue(deadline.minusSeconds(1))).isFalse();
            assertThat(c.rectificationOverdue(deadline)).isFalse();
            assertThat(c.rectificationOverdue(deadline.plusSeconds(1))).isTrue();
            assertThat(CaseWorkflow.rectificationOverdue(List.of(c, investigating()), deadline.plusSeconds(1)))
                    .containsExactly(c);
        }

        @Test
        void the_service_escalates_a_missed_deadline_back_to_investigation() {
            EnforcementCase c = step(investigating(), REGULATOR_FJ, CaseCommand.of(ORDER_RECTIFICATION, "a reason"));
            Instant deadline = c.rectificationDeadline();
            clock.set(deadline.plus(Duration.ofMinutes(1)));

            CaseChange change = workflow.act(c, Actor.system(), CaseCommand.of(ESCALATE, "deadline passed"))
                    .value();

            assertThat(change.caseAfter().state()).isEqualTo(CaseState.INVESTIGATING);
            assertThat(change.caseAfter().rectificationDeadline()).isNull();
            assertThat(change.caseAfter().escalations()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(Escalation.Kind.RECTIFICATION_NOT_DONE);
                assertThat(e.by()).isEqualTo("system");
                assertThat(e.dueBy()).isEqualTo(deadline);
            });
            assertThat(change.decisions().get(0).kind()).isEqualTo(DecisionKind.ESCALATION);
        }

        @Test
        void resolving_clears_the_deadline() {
            EnforcementCase c = step(investigating(), REGULATOR_FJ, CaseCommand.of(ORDER_RECTIFICATION, "a reason"));

            EnforcementCase resolved = step(c, REGULATOR_FJ, CaseCommand.of(RESOLVE, "sub-numbers filed"));

            assertThat(resolved.state()).isEqualTo(CaseState.RESOLVED);
            assertThat(resolved.rectificationDeadline()).isNull();
            assertThat(resolved.rectificationOverdue(T0.plus(Duration.ofDays(100)))).isFalse();
        }
    }

    @Test
    void every_accepted_action_reports_one_decision_with_who_what_and_from_to() {
        clock.advance(Duration.ofMinutes(5));

        CaseChange change = workflow.act(Fixtures.segmentCaseIn(CaseState.OPEN), REGULATOR_FJ,
                CaseCommand.of(INVESTIGATE, "looking")).value();

        assertThat(change.decisions()).singleElement().satisfies(d -> {
            assertThat(d.actor()).isEqualTo("regulator.fj");
            assertThat(d.kind()).isEqualTo(DecisionKind.CASE_ACTION);
            assertThat(d.subject()).isEqualTo("case/case-1");
            assertThat(d.at()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
            assertThat(d.details()).containsEntry("action", "INVESTIGATE").containsEntry("from", "OPEN")
                    .containsEntry("to", "INVESTIGATING").containsEntry("reason", "looking")
                    .containsEntry("actorProvince", "FJ");
        });
        assertThat(change.caseAfter().updatedAt()).isEqualTo(T0.plus(Duration.ofMinutes(5)));
    }

    @Test
    void available_actions_say_what_this_actor_may_do_now() {
        EnforcementCase proposed = Fixtures.segmentCaseIn(CaseState.REVOCATION_PROPOSED); // proposed by regulator.fj

        assertThat(CasePolicies.availableActions(proposed, REGULATOR_FJ)).containsExactly(REJECT);
        assertThat(CasePolicies.availableActions(proposed, REGULATOR_FJ2)).containsExactly(APPROVE, REJECT);
        assertThat(CasePolicies.availableActions(proposed, REGULATOR_CN)).containsExactly(APPROVE, REJECT);
        assertThat(CasePolicies.availableActions(proposed, REGULATOR_GD)).isEmpty();
        assertThat(CasePolicies.availableActions(Fixtures.segmentCaseIn(CaseState.CLOSED), REGULATOR_CN)).isEmpty();
    }

    @Test
    void a_case_rebuilt_from_storage_must_be_consistent() {
        EnforcementCase c = Fixtures.segmentCaseIn(CaseState.OPEN);

        assertThatThrownBy(() -> c.toBuilder().state(CaseState.REVOCATION_PROPOSED).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> c.toBuilder().state(CaseState.RECTIFICATION_ORDERED).build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
