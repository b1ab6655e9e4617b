package io.numguard.enforcement.acknowledgement;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.enforcement.cases.CaseWorkflow;
import io.numguard.enforcement.cases.Escalation;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.support.rule.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The acknowledgements owed on one suspension or revocation order: when the registry suspends or revokes a
 * segment, every carrier of the segment (as the {@code segment.*} event lists them) must acknowledge blocking by
 * {@code dueBy}. Immutable; each change gives a new instance.
 *
 * @param orderAction SUSPEND or REVOKE
 * @param dueBy       the deadline (time of the segment change + the acknowledgement period of the order's kind,
 *                    default 24 h)
 */
public record OrderAcknowledgements(String orderId, String caseId, String segmentCode, String orderAction,
                                    Instant dueBy, List<CarrierAcknowledgement> carriers) {

    public OrderAcknowledgements {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(segmentCode, "segmentCode");
        Objects.requireNonNull(orderAction, "orderAction");
        Objects.requireNonNull(dueBy, "dueBy");
        carriers = List.copyOf(carriers);
        if (carriers.stream().map(CarrierAcknowledgement::carrierId).distinct().count() != carriers.size()) {
            throw new IllegalArgumentException("a carrier owes one acknowledgement per order");
        }
    }

    /** What carriers owe once the registry has suspended or revoked a segment on an order. */
    public static OrderAcknowledgements owed(String orderId, String caseId, String segmentCode, String orderAction,
                                             List<String> carrierIds, Instant since, Duration period) {
        List<CarrierAcknowledgement> owed = new LinkedHashSet<>(carrierIds).stream()
                .map(CarrierAcknowledgement::owed).toList();
        return new OrderAcknowledgements(orderId, caseId, segmentCode, orderAction, since.plus(period), owed);
    }

    /**
     * From a {@code segment.suspended} or {@code segment.revoked} event: the acknowledgements its carriers owe,
     * counted from the event's time (or {@code now} when it has none). Empty for other event types, for a change
     * not caused by an order, or for a segment without carriers.
     *
     * @param caseId the case of the order (the service knows it from the orders it issued)
     */
    public static Optional<OrderAcknowledgements> fromSegmentEvent(EventType type, SegmentChanged event,
                                                                   String caseId, EnforcementSettings settings,
                                                                   Instant now) {
        String action = switch (type) {
            case SEGMENT_SUSPENDED -> "SUSPEND";
            case SEGMENT_REVOKED -> "REVOKE";
            default -> null;
        };
        if (action == null || event.orderId() == null || event.carriers().isEmpty()) {
            return Optional.empty();
        }
        Instant since = event.occurredAt() != null ? event.occurredAt() : now;
        return Optional.of(owed(event.orderId(), caseId, event.code(), action, event.carriers(), since,
                settings.acknowledgementPeriod(action)));
    }

    public Optional<CarrierAcknowledgement> forCarrier(String carrierId) {
        return carriers.stream().filter(a -> a.carrierId().equals(carrierId)).findFirst();
    }

    /**
     * A carrier acknowledges, for its own carrier only (the {@code carrier_id} claim). Idempotent: a second
     * acknowledgement returns the first and changes nothing. Refused with {@code role-not-allowed} for a
     * non-carrier, and {@code not-a-carrier-of-this-order} for a carrier that owes none on this order.
     */
    public Verdict<AcknowledgementResult> acknowledge(Actor actor, Instant now) {
        if (!actor.has(Role.CARRIER)) {
            return Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED, "only a carrier acknowledges an order");
        }
        String carrierId = actor.carrierId();
        Optional<CarrierAcknowledgement> owed = carrierId == null ? Optional.empty() : forCarrier(carrierId);
        if (owed.isEmpty()) {
            return Verdict.refused(RefusalReason.NOT_A_CARRIER_OF_THIS_ORDER,
                    (carrierId == null ? "the token carries no carrier_id" : "carrier " + carrierId
                            + " does not carry segment " + segmentCode) + "; order " + orderId + " is owed by "
                            + carriers.stream().map(CarrierAcknowledgement::carrierId).toList());
        }
        if (owed.get().isAcknowledged()) {
            return Verdict.allowed(new AcknowledgementResult(this, owed.get(), false));
        }
        CarrierAcknowledgement done = owed.get().acknowledged(actor.userId(), now);
        return Verdict.allowed(new AcknowledgementResult(replace(done), done, true));
    }

    /** Carriers that have not acknowledged and whose deadline has passed (strictly after {@code dueBy}). */
    public List<CarrierAcknowledgement> overdue(Instant now) {
        return now.isAfter(dueBy) ? carriers.stream().filter(a -> !a.isAcknowledged()).toList() : List.of();
    }

    public List<CarrierAcknowledgement> missing() {
        return carriers.stream().filter(a -> !a.isAcknowledged()).toList();
    }

    public boolean isComplete() {
        return missing().isEmpty();
    }

    /**
     * Escalates every acknowledgement missing past the deadline that was not escalated before: one escalation entry
     * for the case and one decision per carrier. Running it again escalates nothing new.
     */
    public OverdueEscalation escalateOverdue(Instant now) {
        List<Escalation> escalations = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        OrderAcknowledgements after = this;
        for (CarrierAcknowledgement a : overdue(now)) {
            if (a.isEscalated()) {
                continue;
            }
            after = after.replace(a.escalated(now));
            String note = "carrier " + a.carrierId() + " has not acknowledged the " + orderAction + " order "
                    + orderId + " on segment " + segmentCode + ", due by " + dueBy;
            escalations.add(new Escalation(Escalation.Kind.ACKNOWLEDGEMENT_OVERDUE, now, Actor.SYSTEM_USER, orderId,
                    a.carrierId(), dueBy, note));
            Map<String, String> details = new LinkedHashMap<>();
            details.put("escalation", Escalation.Kind.ACKNOWLEDGEMENT_OVERDUE.name());
            details.put("orderId", orderId);
            details.put("orderAction", orderAction);
            details.put("segmentCode", segmentCode);
            details.put("carrierId", a.carrierId());
            details.put("dueBy", dueBy.toString());
            decisions.add(Decision.of(now, Actor.SYSTEM_USER, DecisionKind.ESCALATION,
                    caseId != null ? CaseWorkflow.subject(caseId) : "order/" + orderId, details));
        }
        return new OverdueEscalation(after, caseId, escalations, decisions);
    }

    private OrderAcknowledgements replace(CarrierAcknowledgement changed) {
        List<CarrierAcknowledgement> next = carriers.stream()
                .map(a -> a.carrierId().equals(changed.carrierId()) ? changed : a).toList();
        return new OrderAcknowledgements(orderId, caseId, segmentCode, orderAction, dueBy, next);
    }
}
