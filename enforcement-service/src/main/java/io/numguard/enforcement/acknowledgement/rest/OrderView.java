package io.numguard.enforcement.acknowledgement.rest;

import io.numguard.contracts.events.Order;
import io.numguard.enforcement.acknowledgement.CarrierAcknowledgement;
import io.numguard.enforcement.acknowledgement.OrderAcknowledgements;
import io.numguard.enforcement.acknowledgement.service.AcknowledgementService;

import java.time.Instant;
import java.util.List;

/**
 * An order and its acknowledgements. {@code dueBy} and {@code acknowledgements} are null until the registry has
 * carried the order out (segment.suspended / segment.revoked); {@code overdue} lists carriers missing past it.
 */
public record OrderView(
        String orderId,
        String caseId,
        String segmentCode,
        String action,
        String reason,
        Boolean fraud,
        String proposedBy,
        String approvedBy,
        Instant decidedAt,
        Instant dueBy,
        List<AcknowledgementView> acknowledgements,
        List<String> overdue) {

    /** One carrier's acknowledgement; {@code dueBy} is its deadline (the order's kind sets the period). */
    public record AcknowledgementView(String carrierId, Instant dueBy, boolean acknowledged, Instant acknowledgedAt,
                                      String acknowledgedBy, boolean late, Instant escalatedAt) {
        static AcknowledgementView of(CarrierAcknowledgement a, Instant dueBy) {
            return new AcknowledgementView(a.carrierId(), dueBy, a.isAcknowledged(), a.acknowledgedAt(),
                    a.acknowledgedBy(), a.isLate(dueBy), a.escalatedAt());
        }
    }

    public static OrderView of(AcknowledgementService.OrderDetails d) {
        Order o = d.order();
        OrderAcknowledgements acks = d.acknowledgements();
        return new OrderView(
                o != null ? o.orderId() : acks.orderId(),
                o != null ? o.caseId() : acks.caseId(),
                o != null ? o.segmentCode() : acks.segmentCode(),
                o != null ? o.action() : acks.orderAction(),
                o != null ? o.reason() : null,
                o != null ? o.fraud() : null,
                o != null ? o.proposedBy() : null,
                o != null ? o.approvedBy() : null,
                o != null ? o.decidedAt() : null,
                acks != null ? acks.dueBy() : null,
                acks != null ? acks.carriers().stream().map(a -> AcknowledgementView.of(a, acks.dueBy())).toList()
                        : null,
                acks != null ? acks.overdue(d.now()).stream().map(CarrierAcknowledgement::carrierId).toList()
                        : List.of());
    }
}
