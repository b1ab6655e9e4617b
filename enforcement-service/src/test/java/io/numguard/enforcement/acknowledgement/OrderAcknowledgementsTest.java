package io.numguard.enforcement.acknowledgement;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.Escalation;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.devstack.testing.MutableClock;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.numguard.enforcement.testing.Fixtures.CARRIER_CM;
import static io.numguard.enforcement.testing.Fixtures.CARRIER_CT;
import static io.numguard.enforcement.testing.Fixtures.CARRIER_CU;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_CN;
import static io.numguard.enforcement.testing.Fixtures.SEGMENT;
import static io.numguard.enforcement.testing.Fixtures.T0;
import static io.numguard.enforcement.testing.Fixtures.USCC_A;
import static org.assertj.core.api.Assertions.assertThat;

class OrderAcknowledgementsTest {

    private final MutableClock clock = new MutableClock(T0);

    private static SegmentChanged revoked(String orderId, List<String> carriers) {
        return new SegmentChanged(SEGMENT, USCC_A, "FJ", "REVOKED", carriers, false, true,
                LocalDate.parse("2024-01-01"), LocalDate.parse("2028-12-31"), orderId, "fraud", T0);
    }

    private OrderAcknowledgements owedByCtAndCm() {
        return OrderAcknowledgements.fromSegmentEvent(EventType.SEGMENT_REVOKED, revoked("order-1", List.of("CT", "CM")),
                "case-1", EnforcementSettings.defaults(), clock.instant()).orElseThrow();
    }

    @Nested
    class Owing {

        @Test
        void every_carrier_of_a_revoked_segment_owes_an_acknowledgement_within_24_hours() {
            OrderAcknowledgements acks = owedByCtAndCm();

            assertThat(acks.orderId()).isEqualTo("order-1");
            assertThat(acks.caseId()).isEqualTo("case-1");
            assertThat(acks.orderAction()).isEqualTo("REVOKE");
            assertThat(acks.dueBy()).isEqualTo(T0.plus(Duration.ofHours(24)));
            assertThat(acks.missing()).extracting(CarrierAcknowledgement::carrierId).containsExactly("CT", "CM");
        }

        @Test
        void the_period_is_configurable_and_a_suspension_is_owed_too() {
            OrderAcknowledgements acks = OrderAcknowledgements.fromSegmentEvent(EventType.SEGMENT_SUSPENDED,
                    revoked("order-2", List.of("CT")), "case-1",
                    EnforcementSettings.defaults().withAcknowledgementPeriod(Duration.ofHours(4)), T0).orElseThrow();

            assertThat(acks.orderAction()).isEqualTo("SUSPEND");
            assertThat(acks.dueBy()).isEqualTo(T0.plus(Duration.ofHours(4)));
        }

        @Test
        void nothing_is_owed_for_other_changes_or_without_an_order() {
            EnforcementSettings s = EnforcementSettings.defaults();
            assertThat(OrderAcknowledgements.fromSegmentEvent(EventType.SEGMENT_REINSTATED,
                    revoked("order-1", List.of("CT")), "case-1", s, T0)).isEmpty();
            assertThat(OrderAcknowledgements.fromSegmentEvent(EventType.SEGMENT_REVOKED,
                    revoked(null, List.of("CT")), "case-1", s, T0)).isEmpty();
            assertThat(OrderAcknowledgements.fromSegmentEvent(EventType.SEGMENT_REVOKED,
                    revoked("order-1", List.of()), "case-1", s, T0)).isEmpty();
        }
    }

    @Nested
    class Acknowledging {

        @Test
        void a_carrier_acknowledges_its_own_share() {
            clock.advance(Duration.ofHours(3));

            AcknowledgementResult result = owedByCtAndCm().acknowledge(CARRIER_CT, clock.instant()).value();

            assertThat(result.recordedNow()).isTrue();
            assertThat(result.acknowledgement().acknowledgedAt()).isEqualTo(T0.plus(Duration.ofHours(3)));
            assertThat(result.acknowledgement().acknowledgedBy()).isEqualTo("carrier.ct");
            assertThat(result.acknowledgementsAfter().missing()).extracting(CarrierAcknowledgement::carrierId)
                    .containsExactly("CM");
        }

        @Test
        void a_second_acknowledgement_returns_the_first_and_changes_nothing() {
            OrderAcknowledgements once = owedByCtAndCm().acknowledge(CARRIER_CT, clock.instant()).value()
                    .acknowledgementsAfter();
            clock.advance(Duration.ofHours(5));

            AcknowledgementResult again = once.acknowledge(CARRIER_CT, clock.instant()).value();

            assertThat(again.recordedNow()).isFalse();
            assertThat(again.acknowledgement().acknowledgedAt()).isEqualTo(T0);
            assertThat(again.acknowledgementsAfter()).isSameAs(once);
        }

        @Test
        void a_carrier_that_owes_none_is_refused() {
            Verdict<AcknowledgementResult> verdict = owedByCtAndCm().acknowledge(CARRIER_CU, clock.instant());

            assertThat(verdict.refusalReason()).contains(RefusalReason.NOT_A_CARRIER_OF_THIS_ORDER);
            assertThat(verdict.refusal().orElseThrow().reason().slug()).isEqualTo("not-a-carrier-of-this-order");
        }

        @Test
        void only_carriers_acknowledge() {
            assertThat(owedByCtAndCm().acknowledge(REGULATOR_CN, clock.instant()).refusalReason())
                    .contains(RefusalReason.ROLE_NOT_ALLOWED);
        }
    }

    @Nested
    class Overdue {

        @Test
        void nothing_is_overdue_up_to_the_deadline() {
            OrderAcknowledgements acks = owedByCtAndCm();

            assertThat(acks.overdue(acks.dueBy())).isEmpty();
            assertThat(acks.escalateOverdue(acks.dueBy()).isEmpty()).isTrue();
        }

        @Test
        void a_missing_acknowledgement_past_the_deadline_is_escalated_once() {
            OrderAcknowledgements acks = owedByCtAndCm().acknowledge(CARRIER_CT, T0.plus(Duration.ofHours(2)))
                    .value().acknowledgementsAfter();
            clock.advance(Duration.ofHours(25));

            OverdueEscalation first = acks.escalateOverdue(clock.instant());

            assertThat(first.caseId()).isEqualTo("case-1");
            assertThat(first.escalations()).singleElement().satisfies(e -> {
                assertThat(e.kind()).isEqualTo(Escalation.Kind.ACKNOWLEDGEMENT_OVERDUE);
                assertThat(e.carrierId()).isEqualTo("CM");
                assertThat(e.orderId()).isEqualTo("order-1");
                assertThat(e.dueBy()).isEqualTo(T0.plus(Duration.ofHours(24)));
                assertThat(e.at()).isEqualTo(clock.instant());
            });
            assertThat(first.decisions()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DecisionKind.ESCALATION);
                assertThat(d.subject()).isEqualTo("case/case-1");
                assertThat(d.details()).containsEntry("carrierId", "CM");
            });

            clock.advance(Duration.ofHours(1));
            OverdueEscalation second = first.acknowledgementsAfter().escalateOverdue(clock.instant());
            assertThat(second.escalations()).isEmpty();
            assertThat(second.decisions()).isEmpty();
        }

        @Test
        void the_case_records_each_escalation_once() {
            OverdueEscalation overdue = owedByCtAndCm().escalateOverdue(T0.plus(Duration.ofHours(30)));
            EnforcementCase c = Fixtures.segmentCaseIn(CaseState.REVOCATION_APPROVED);

            EnforcementCase once = c.recordEscalations(overdue.escalations(), T0.plus(Duration.ofHours(30)));
            EnforcementCase twice = once.recordEscalations(overdue.escalations(), T0.plus(Duration.ofHours(31)));

            assertThat(once.escalations()).extracting(Escalation::carrierId).containsExactly("CT", "CM");
            assertThat(twice).isSameAs(once);
        }

        @Test
        void escalations_are_recorded_on_a_closed_case_too() {
            OverdueEscalation overdue = owedByCtAndCm().escalateOverdue(T0.plus(Duration.ofHours(30)));

            EnforcementCase c = Fixtures.segmentCaseIn(CaseState.CLOSED)
                    .recordEscalations(overdue.escalations(), T0.plus(Duration.ofHours(30)));

            assertThat(c.escalations()).hasSize(2);
        }

        @Test
        void a_late_acknowledgement_still_counts_and_is_marked_late() {
            OrderAcknowledgements escalated = owedByCtAndCm().escalateOverdue(T0.plus(Duration.ofHours(25)))
                    .acknowledgementsAfter();
            Instant late = T0.plus(Duration.ofHours(26));

            AcknowledgementResult result = escalated.acknowledge(CARRIER_CM, late).value();

            assertThat(result.recordedNow()).isTrue();
            assertThat(result.acknowledgement().isLate(escalated.dueBy())).isTrue();
            assertThat(result.acknowledgement().isEscalated()).isTrue();
            assertThat(result.acknowledgementsAfter().overdue(late)).extracting(CarrierAcknowledgement::carrierId)
                    .containsExactly("CT");
        }
    }
}
