package io.numguard.enforcement.acknowledgement.service;

import io.numguard.enforcement.acknowledgement.Owed;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.enforcement.acknowledgement.AcknowledgementResult;
import io.numguard.enforcement.acknowledgement.OrderAcknowledgements;
import io.numguard.enforcement.acknowledgement.OverdueEscalation;
import io.numguard.enforcement.acknowledgement.persistence.AcknowledgementRepository;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.persistence.CaseRepository;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.ProvinceScope;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.service.Effects;
import io.numguard.enforcement.directory.KnownSegment;
import io.numguard.enforcement.directory.persistence.DirectoryRepository;
import io.numguard.enforcement.common.service.Verdicts;
import io.numguard.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carrier acknowledgements of suspension and revocation orders: owed when the registry carries an order out,
 * recorded for the carrier of the token only (a repeat is a no-op), escalated on the case once past the deadline.
 */
@ApplicationScoped
@Transactional
public class AcknowledgementService {
    private static final Logger LOG = Logger.getLogger(AcknowledgementService.class);

    @Inject
    AcknowledgementRepository acknowledgements;
    @Inject
    CaseRepository cases;
    @Inject
    CaseService caseService;
    @Inject
    DirectoryRepository directory;
    @Inject
    EnforcementSettings settings;
    @Inject
    Effects effects;
    @Inject
    Clock clock;

    /** An order and what its carriers owe; either may be absent (an order not carried out yet, a foreign order). */
    public record OrderDetails(Order order, OrderAcknowledgements acknowledgements, Instant now) {
    }

    /** {@code segment.suspended} / {@code segment.revoked} on an order: every carrier of the segment owes one. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSegmentChanged(EventType type, SegmentChanged event) {
        if (event.orderId() == null || acknowledgements.exists(event.orderId())) {
            return; // not on an order, or already owed (a republished event changes nothing)
        }
        String caseId = cases.findOrder(event.orderId()).map(Order::caseId).orElse(null);
        OrderAcknowledgements.fromSegmentEvent(type, event, caseId, settings, clock.instant())
                .ifPresent(acknowledgements::save);
    }

    public AcknowledgementResult acknowledge(Actor actor, String orderId) {
        if (!actor.has(Role.CARRIER)) {
            throw Verdicts.problem(RefusalReason.ROLE_NOT_ALLOWED, "only a carrier acknowledges an order");
        }
        OrderAcknowledgements owed = acknowledgements.findForUpdate(orderId).orElseThrow(() -> {
            if (cases.findOrder(orderId).isPresent()) {
                return ProblemException.conflict("acknowledgement-not-owed-yet", "Nothing to acknowledge yet",
                        "order " + orderId + " has not been carried out by the registry yet; acknowledge once the "
                                + "segment is suspended or revoked");
            }
            return ProblemException.notFound("order", orderId);
        });
        AcknowledgementResult result = Verdicts.valueOrThrow(owed.acknowledge(actor, clock.instant()));
        if (result.recordedNow()) {
            acknowledgements.save(result.acknowledgementsAfter());
        }
        return result;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OrderDetails get(Actor actor, String orderId) {
        Optional<Order> order = cases.findOrder(orderId);
        Optional<OrderAcknowledgements> acks = acknowledgements.find(orderId);
        if (order.isEmpty() && acks.isEmpty()) {
            throw ProblemException.notFound("order", orderId);
        }
        String segmentCode = order.map(Order::segmentCode).orElseGet(() -> acks.get().segmentCode());
        if (actor.has(Role.REGULATOR)) {
            String province = order.flatMap(o -> cases.find(o.caseId())).map(EnforcementCase::province)
                    .orElseGet(() -> directory.findSegment(segmentCode).map(s -> s.province).orElse(null));
            Verdicts.require(ProvinceScope.check(actor, province));
        } else if (actor.has(Role.CARRIER)) {
            List<String> carriers = acks.map(a -> a.carriers().stream().map(c -> c.carrierId()).toList())
                    .orElseGet(() -> directory.findSegment(segmentCode).map(DirectoryRepository::toSegment)
                            .map(KnownSegment::carriers).orElse(List.of()));
            if (actor.carrierId() == null || !carriers.contains(actor.carrierId())) {
                throw Verdicts.problem(RefusalReason.NOT_A_CARRIER_OF_THIS_ORDER,
                        "carrier " + actor.carrierId() + " does not carry segment " + segmentCode);
            }
        } else {
            throw Verdicts.problem(RefusalReason.ROLE_NOT_ALLOWED,
                    "orders are read by regulators and the carriers of the segment");
        }
        return new OrderDetails(order.orElse(null), acks.orElse(null), clock.instant());
    }

    /**
     * The orders the caller has to watch: a carrier, those its carrier owes (from the token's carrier_id); a
     * regulator, those of its province (the ministry: all). Only orders the registry has carried out, since nothing
     * is owed before.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrderDetails> owed(Actor actor, Owed owed, int limit) {
        Instant now = clock.instant();
        List<String> ids;
        if (actor.has(Role.CARRIER)) {
            if (actor.carrierId() == null) {
                throw ProblemException.forbidden("missing-scope-claim", "the token carries no carrier_id claim");
            }
            ids = acknowledgements.owedOrderIds(actor.carrierId(), null, owed, now, limit);
        } else if (actor.has(Role.REGULATOR)) {
            if (!actor.isMinistry() && actor.province() == null) {
                throw ProblemException.forbidden("missing-scope-claim", "the token carries no province claim");
            }
            ids = acknowledgements.owedOrderIds(null, actor.isMinistry() ? null : actor.province(), owed, now,
                    limit);
        } else {
            throw Verdicts.problem(RefusalReason.ROLE_NOT_ALLOWED,
                    "orders are listed for regulators and carriers");
        }
        return ids.stream().map(id -> new OrderDetails(cases.findOrder(id).orElse(null),
                acknowledgements.find(id).orElseThrow(), now)).toList();
    }

    /**
     * Escalates every acknowledgement missing past its deadline, once: an entry on the case and a decision in the
     * log. Rows another run holds are skipped, so overlapping runs (several instances) do not escalate twice.
     *
     * @return how many carriers were escalated
     */
    public int escalateOverdue() {
        Instant now = clock.instant();
        int escalated = 0;
        for (String orderId : acknowledgements.overdueOrderIds(now, 200)) {
            OrderAcknowledgements acks = acknowledgements.find(orderId).orElseThrow();
            OverdueEscalation overdue = acks.escalateOverdue(now);
            if (overdue.isEmpty()) {
                continue;
            }
            acknowledgements.save(overdue.acknowledgementsAfter());
            if (overdue.caseId() != null) {
                caseService.recordEscalations(overdue.caseId(), overdue.escalations(), now);
            }
            effects.record(List.of(), overdue.decisions());
            escalated += overdue.escalations().size();
        }
        if (escalated > 0) {
            LOG.infof("escalated %d overdue carrier acknowledgements", escalated);
        }
        return escalated;
    }
}
