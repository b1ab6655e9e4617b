package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.sanction.ActiveSanctions;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.numguard.registry.Fixtures.FJ;
import static io.numguard.registry.Fixtures.GD;
import static io.numguard.registry.Fixtures.LIFECYCLE;
import static io.numguard.registry.Fixtures.PLAN;
import static io.numguard.registry.Fixtures.T0;
import static io.numguard.registry.Fixtures.USCC_A;
import static io.numguard.registry.Fixtures.allocated;
import static io.numguard.registry.Fixtures.facts;
import static io.numguard.registry.Fixtures.licenseeA;
import static io.numguard.registry.Fixtures.request;
import static io.numguard.contracts.events.SegmentStatus.ALLOCATED;
import static io.numguard.contracts.events.SegmentStatus.EXPIRED;
import static io.numguard.contracts.events.SegmentStatus.QUARANTINED;
import static io.numguard.contracts.events.SegmentStatus.RELEASED;
import static io.numguard.contracts.events.SegmentStatus.REVOKED;
import static io.numguard.contracts.events.SegmentStatus.SUSPENDED;
import static org.assertj.core.api.Assertions.assertThat;

class SegmentLifecycleTest {
    private static final Instant T1 = T0.plus(Duration.ofDays(30));
    /** 2029-03-01 00:00 China time: the first instant after a validity that began on 2024-03-01. */
    private static final Instant END_OF_VALIDITY = Instant.parse("2029-02-28T16:00:00Z");

    private static ChangeContext ctx(Instant at) {
        return ChangeContext.byUser(at, "regulator.fj", "test");
    }

    private static ChangeContext order(Instant at, String orderId) {
        return ChangeContext.byOrder(at, orderId, OrderClaim.of("regulator.fj", "regulator.fj2"), "fraud confirmed");
    }

    private static SegmentChange ok(Verdict<SegmentChange> r) {
        assertThat(r.isAllowed()).as("%s", r).isTrue();
        return r.value();
    }

    private static Segment suspended() {
        return ok(LIFECYCLE.suspend(allocated("95123"), order(T1, "O-1"))).segment();
    }

    private static Segment revoked() {
        return ok(LIFECYCLE.revoke(allocated("95123"), order(T1, "O-2"))).segment();
    }

    private static Segment released() {
        Segment q = revoked();
        return ok(LIFECYCLE.release(q, ctx(q.quarantine().orElseThrow().until()))).segment();
    }

    @Nested
    class Allocation {
        @Test
        void allocationCausesSegmentAllocatedWithFiveYearsValidityInboundOnly() {
            SegmentChange c = ok(LIFECYCLE.allocate(request("95123", FJ, T0),
                    facts(licenseeA(), List.of(), ActiveSanctions.none()), AllocationPolicies.standard(PLAN)));
            Segment s = c.segment();
            assertThat(s.status()).isEqualTo(ALLOCATED);
            assertThat(s.licensee()).isEqualTo(USCC_A);
            assertThat(s.province()).isEqualTo(FJ);
            assertThat(s.carriers()).containsExactly(Carrier.CT);
            assertThat(s.outboundAuthorised()).isFalse();
            assertThat(s.expanded()).isFalse();
            assertThat(s.validFrom()).isEqualTo(LocalDate.of(2024, 3, 1));
            assertThat(s.validUntil()).isEqualTo(LocalDate.of(2029, 2, 28));
            assertThat(s.expiresAt()).isEqualTo(END_OF_VALIDITY);
            assertThat(s.history()).containsExactly(new HistoryEntry(null, ALLOCATED, SegmentAction.ALLOCATE, T0,
                    "regulator.fj", null, null, null));

            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_ALLOCATED);
            assertThat(c.event().aggregateId()).isEqualTo("95123");
            assertThat(c.event().aggregateType()).isEqualTo("segment");
            assertThat(c.event().dataAs(SegmentChanged.class)).isEqualTo(new SegmentChanged("95123",
                    USCC_A.value(), "FJ", "ALLOCATED", List.of("CT"), false, false, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2029, 2, 28), null, null, T0));
        }

        @Test
        void carriersAndOutboundAreRecorded() {
            AllocationRequest r = new AllocationRequest(SegmentCode.of("951234"), Set.of(Carrier.CU, Carrier.CT),
                    true, Province.NATIONAL, "regulator.cn", T0);
            Segment s = ok(LIFECYCLE.allocate(r, facts(licenseeA(), List.of(), ActiveSanctions.none()),
                    AllocationPolicies.standard(PLAN))).segment();
            assertThat(s.carriers()).containsExactly(Carrier.CT, Carrier.CU);
            assertThat(s.outboundAuthorised()).isTrue();
        }

        @Test
        void aRejectingPolicyRefusesTheAllocation() {
            Verdict<SegmentChange> r = LIFECYCLE.allocate(request("95123", GD, T0),
                    facts(licenseeA(), List.of(), ActiveSanctions.none()), AllocationPolicies.standard(PLAN));
            assertThat(r.refusalReason()).contains(RejectionReason.OUTSIDE_PROVINCE);
        }
    }

    @Nested
    class AllowedTransitions {
        @Test
        void suspendAllocated() {
            SegmentChange c = ok(LIFECYCLE.suspend(allocated("95123"), order(T1, "O-1")));
            assertThat(c.segment().status()).isEqualTo(SUSPENDED);
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_SUSPENDED);
            assertThat(c.segment().history()).last().isEqualTo(new HistoryEntry(ALLOCATED, SUSPENDED,
                    SegmentAction.SUSPEND, T1, ChangeContext.ENFORCEMENT, "O-1", "fraud confirmed",
                    new OrderClaim("regulator.fj", "regulator.fj2")));
            SegmentChanged data = c.event().dataAs(SegmentChanged.class);
            assertThat(data.status()).isEqualTo("SUSPENDED");
            assertThat(data.orderId()).isEqualTo("O-1");
            assertThat(data.occurredAt()).isEqualTo(T1);
        }

        @Test
        void reinstateSuspended() {
            SegmentChange c = ok(LIFECYCLE.reinstate(suspended(), order(T1.plusSeconds(60), "O-3")));
            assertThat(c.segment().status()).isEqualTo(ALLOCATED);
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_REINSTATED);
            assertThat(c.segment().history()).extracting(HistoryEntry::to)
                    .containsExactly(ALLOCATED, SUSPENDED, ALLOCATED);
        }

        @Test
        void revokeAllocatedGoesStraightIntoQuarantine() {
            SegmentChange c = ok(LIFECYCLE.revoke(allocated("95123"), order(T1, "O-2")));
            Segment s = c.segment();
            assertThat(s.status()).isEqualTo(QUARANTINED);
            assertThat(s.publicStatus()).isEqualTo(REVOKED);
            assertThat(s.quarantine()).contains(new Quarantine(REVOKED, T1, T1.plus(Duration.ofDays(180))));
            assertThat(s.history()).extracting(HistoryEntry::from, HistoryEntry::to, HistoryEntry::action)
                    .endsWith(
                            org.assertj.core.groups.Tuple.tuple(ALLOCATED, REVOKED, SegmentAction.REVOKE),
                            org.assertj.core.groups.Tuple.tuple(REVOKED, QUARANTINED, SegmentAction.QUARANTINE));
            assertThat(s.history()).last().extracting(HistoryEntry::orderId).isEqualTo("O-2");
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_REVOKED);
            assertThat(c.event().dataAs(SegmentChanged.class).status()).isEqualTo("REVOKED");
        }

        @Test
        void revokeSuspended() {
            SegmentChange c = ok(LIFECYCLE.revoke(suspended(), order(T1.plusSeconds(60), "O-4")));
            assertThat(c.segment().status()).isEqualTo(QUARANTINED);
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_REVOKED);
        }

        @Test
        void expireAllocatedAtTheEndOfValidity() {
            SegmentChange c = ok(LIFECYCLE.expire(allocated("95123"),
                    ChangeContext.byScheduler(END_OF_VALIDITY, "end of validity")));
            assertThat(c.segment().status()).isEqualTo(QUARANTINED);
            assertThat(c.segment().publicStatus()).isEqualTo(EXPIRED);
            assertThat(c.segment().quarantine().orElseThrow().cause()).isEqualTo(EXPIRED);
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_EXPIRED);
            assertThat(c.event().dataAs(SegmentChanged.class).status()).isEqualTo("EXPIRED");
            assertThat(c.segment().history()).last().extracting(HistoryEntry::actor)
                    .isEqualTo(ChangeContext.SCHEDULER);
        }

        @Test
        void expireSuspended() {
            SegmentChange c = ok(LIFECYCLE.expire(suspended(), ctx(END_OF_VALIDITY)));
            assertThat(c.segment().history()).extracting(HistoryEntry::to)
                    .containsExactly(ALLOCATED, SUSPENDED, EXPIRED, QUARANTINED);
        }

        @Test
        void releaseAfterTheQuarantinePeriod() {
            Segment q = revoked();
            Instant until = T1.plus(Duration.ofDays(180));
            SegmentChange c = ok(LIFECYCLE.release(q, ctx(until)));
            assertThat(c.segment().status()).isEqualTo(RELEASED);
            assertThat(c.segment().publicStatus()).isEqualTo(RELEASED);
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_RELEASED);
            assertThat(c.event().dataAs(SegmentChanged.class).status()).isEqualTo("RELEASED");
        }

        @Test
        void quarantinePeriodIsConfigurable() {
            SegmentLifecycle shortQuarantine = new SegmentLifecycle(Duration.ofDays(30));
            Segment q = ok(shortQuarantine.revoke(allocated("95123"), ctx(T1))).segment();
            assertThat(q.quarantine().orElseThrow().until()).isEqualTo(T1.plus(Duration.ofDays(30)));
            assertThat(shortQuarantine.release(q, ctx(T1.plus(Duration.ofDays(30)))).isAllowed()).isTrue();
            assertThat(LIFECYCLE.quarantinePeriod()).isEqualTo(Duration.ofDays(180));
        }

        @Test
        void expandOnceWhileAllocated() {
            SegmentChange c = ok(LIFECYCLE.expand(allocated("95123"), ctx(T1)));
            assertThat(c.segment().expanded()).isTrue();
            assertThat(c.segment().status()).isEqualTo(ALLOCATED);
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_EXPANDED);
            assertThat(c.event().dataAs(SegmentChanged.class).expanded()).isTrue();
            assertThat(c.segment().history()).last().isEqualTo(new HistoryEntry(ALLOCATED, ALLOCATED,
                    SegmentAction.EXPAND, T1, "regulator.fj", null, "test", null));
        }

        @Test
        void changeOutboundWhileAllocated() {
            SegmentChange c = ok(LIFECYCLE.changeOutbound(allocated("95123"), true, ctx(T1)));
            assertThat(c.segment().outboundAuthorised()).isTrue();
            assertThat(c.event().type()).isEqualTo(EventType.SEGMENT_OUTBOUND_CHANGED);
            assertThat(c.event().dataAs(SegmentChanged.class).outboundAuthorised()).isTrue();
            SegmentChange back = ok(LIFECYCLE.changeOutbound(c.segment(), false, ctx(T1.plusSeconds(1))));
            assertThat(back.segment().outboundAuthorised()).isFalse();
        }
    }

    @Nested
    class RefusedTransitions {
        /** Every (status, action) pair that is not a row of the table. */
        static Stream<Arguments> pairsNotInTheTable() {
            List<Arguments> out = new ArrayList<>();
            for (SegmentStatus s : List.of(ALLOCATED, SUSPENDED, QUARANTINED, RELEASED)) {
                for (SegmentAction a : EnumSet.of(SegmentAction.SUSPEND, SegmentAction.REINSTATE,
                        SegmentAction.REVOKE, SegmentAction.EXPIRE, SegmentAction.RELEASE, SegmentAction.EXPAND,
                        SegmentAction.CHANGE_OUTBOUND)) {
                    if (SegmentTransitions.find(s, a).isEmpty()) {
                        out.add(Arguments.of(s, a));
                    }
                }
            }
            return out.stream();
        }

        private Segment in(SegmentStatus status) {
            return switch (status) {
                case ALLOCATED -> allocated("95123");
                case SUSPENDED -> suspended();
                case QUARANTINED -> revoked();
                case RELEASED -> released();
                default -> throw new IllegalArgumentException("transient status " + status);
            };
        }

        private Verdict<SegmentChange> apply(SegmentAction action, Segment s) {
            // late enough that neither end of validity nor end of quarantine stands in the way
            ChangeContext c = ctx(T0.plus(Duration.ofDays(5000)));
            return switch (action) {
                case SUSPEND -> LIFECYCLE.suspend(s, c);
                case REINSTATE -> LIFECYCLE.reinstate(s, c);
                case REVOKE -> LIFECYCLE.revoke(s, c);
                case EXPIRE -> LIFECYCLE.expire(s, c);
                case RELEASE -> LIFECYCLE.release(s, c);
                case EXPAND -> LIFECYCLE.expand(s, c);
                case CHANGE_OUTBOUND -> LIFECYCLE.changeOutbound(s, !s.outboundAuthorised(), c);
                default -> throw new IllegalArgumentException(action.name());
            };
        }

        @ParameterizedTest(name = "{1} from {0}")
        @MethodSource("pairsNotInTheTable")
        void isRefusedWithAClearMessage(SegmentStatus status, SegmentAction action) {
            Segment s = in(status);
            Verdict<SegmentChange> r = apply(action, s);
            assertThat(r.refusalReason()).contains(RejectionReason.SEGMENT_TRANSITION_NOT_ALLOWED);
            assertThat(r.refusal().orElseThrow().detail()).contains("95123").contains("it is " + status)
                    .contains("allowed only from");
        }

        @Test
        void theTableAllowsExactlyTheseMoves() {
            assertThat(pairsNotInTheTable()).hasSize(4 * 7 - 9);
            assertThat(SegmentTransitions.allowedFrom(SegmentAction.REVOKE)).containsExactly(ALLOCATED, SUSPENDED);
            assertThat(SegmentTransitions.allowedFrom(SegmentAction.QUARANTINE)).containsExactly(REVOKED, EXPIRED);
            assertThat(SegmentTransitions.TABLE).filteredOn(t -> t.action() != SegmentAction.QUARANTINE)
                    .allMatch(t -> t.eventType().isPresent());
        }

        @Test
        void expireBeforeTheEndOfValidity() {
            Verdict<SegmentChange> r = LIFECYCLE.expire(allocated("95123"), ctx(END_OF_VALIDITY.minusSeconds(1)));
            assertThat(r.refusalReason()).contains(RejectionReason.SEGMENT_NOT_YET_EXPIRED);
            assertThat(r.refusal().orElseThrow().detail()).contains("2029-02-28");
        }

        @Test
        void releaseDuringQuarantine() {
            Segment q = revoked();
            Verdict<SegmentChange> r = LIFECYCLE.release(q, ctx(T1.plus(Duration.ofDays(180)).minusSeconds(1)));
            assertThat(r.refusalReason()).contains(RejectionReason.QUARANTINE_NOT_OVER);
        }

        @Test
        void expandTwice() {
            Segment once = ok(LIFECYCLE.expand(allocated("95123"), ctx(T1))).segment();
            assertThat(LIFECYCLE.expand(once, ctx(T1)).refusalReason())
                    .contains(RejectionReason.SEGMENT_ALREADY_EXPANDED);
        }

        @Test
        void outboundToTheSameValue() {
            assertThat(LIFECYCLE.changeOutbound(allocated("95123"), false, ctx(T1)).refusalReason())
                    .contains(RejectionReason.OUTBOUND_UNCHANGED);
        }

        @Test
        void aRefusalLeavesTheSegmentAsItWas() {
            Segment s = suspended();
            List<HistoryEntry> before = s.history();
            LIFECYCLE.suspend(s, ctx(T1));
            assertThat(s.history()).isEqualTo(before);
            assertThat(s.status()).isEqualTo(SUSPENDED);
        }
    }

    @Nested
    class ScheduledJob {
        @Test
        void findsWhatExpiresAndWhichQuarantinesEnd() {
            Segment live = allocated("95123");
            Segment suspended = ok(LIFECYCLE.suspend(allocated("95124"), ctx(T1))).segment();
            Segment quarantined = ok(LIFECYCLE.revoke(allocated("95125"), ctx(T1))).segment();
            Instant quarantineEnd = T1.plus(Duration.ofDays(180));

            assertThat(LIFECYCLE.due(List.of(live, suspended, quarantined), T1.plusSeconds(1)).isEmpty()).isTrue();

            DueTransitions afterQuarantine = LIFECYCLE.due(List.of(live, suspended, quarantined), quarantineEnd);
            assertThat(afterQuarantine.toExpire()).isEmpty();
            assertThat(afterQuarantine.toRelease()).containsExactly(quarantined);

            DueTransitions atEnd = LIFECYCLE.due(List.of(quarantined, suspended, live), END_OF_VALIDITY);
            assertThat(atEnd.toExpire()).containsExactly(live, suspended);
            assertThat(atEnd.toRelease()).containsExactly(quarantined);
            assertThat(LIFECYCLE.due(List.of(live), END_OF_VALIDITY.minusSeconds(1)).isEmpty()).isTrue();
        }

        @Test
        void runDueExpiresThenReleases() {
            Segment live = allocated("95123");
            Segment quarantined = ok(LIFECYCLE.revoke(allocated("95125"), ctx(T1))).segment();
            List<SegmentChange> changes = LIFECYCLE.runDue(List.of(live, quarantined), END_OF_VALIDITY);
            assertThat(changes).extracting(c -> c.event().type())
                    .containsExactly(EventType.SEGMENT_EXPIRED, EventType.SEGMENT_RELEASED);
            assertThat(changes).extracting(c -> c.segment().status()).containsExactly(QUARANTINED, RELEASED);
            assertThat(changes.get(0).segment().history()).last().extracting(HistoryEntry::actor)
                    .isEqualTo(ChangeContext.SCHEDULER);
            // the segment that just expired is not released in the same run
            assertThat(LIFECYCLE.due(List.of(changes.get(0).segment()), END_OF_VALIDITY).isEmpty()).isTrue();
        }
    }
}
