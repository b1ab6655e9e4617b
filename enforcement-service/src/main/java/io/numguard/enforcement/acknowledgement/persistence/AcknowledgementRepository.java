package io.numguard.enforcement.acknowledgement.persistence;

import io.numguard.enforcement.acknowledgement.CarrierAcknowledgement;
import io.numguard.enforcement.acknowledgement.OrderAcknowledgements;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class AcknowledgementRepository {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public boolean exists(String orderId) {
        return em.find(ObligationEntity.class, orderId) != null;
    }

    public Optional<OrderAcknowledgements> find(String orderId) {
        return Optional.ofNullable(em.find(ObligationEntity.class, orderId)).map(this::toDomain);
    }

    /** Locks the obligation row, so that acknowledgements and escalations of one order are applied one by one. */
    public Optional<OrderAcknowledgements> findForUpdate(String orderId) {
        return Optional.ofNullable(em.find(ObligationEntity.class, orderId, LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    /** Orders with a carrier missing past the deadline and not escalated yet; skips rows another run holds. */
    @SuppressWarnings("unchecked")
    public List<String> overdueOrderIds(Instant now, int limit) {
        return em.createNativeQuery("""
                        select o.order_id from acknowledgement_obligation o
                        where o.due_by < ?1 and exists (select 1 from carrier_acknowledgement a
                            where a.order_id = o.order_id and a.acknowledged_at is null and a.escalated_at is null)
                        order by o.due_by limit ?2 for update of o skip locked""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    public void save(OrderAcknowledgements acks) {
        ObligationEntity o = em.find(ObligationEntity.class, acks.orderId());
        if (o == null) {
            o = new ObligationEntity();
            o.orderId = acks.orderId();
            o.createdAt = clock.instant();
            o.caseId = acks.caseId();
            o.segmentCode = acks.segmentCode();
            o.orderAction = acks.orderAction();
            o.dueBy = acks.dueBy();
            em.persist(o);
        }
        for (CarrierAcknowledgement a : acks.carriers()) {
            var key = new CarrierAcknowledgementEntity.Key(acks.orderId(), a.carrierId());
            CarrierAcknowledgementEntity e = em.find(CarrierAcknowledgementEntity.class, key);
            if (e == null) {
                e = new CarrierAcknowledgementEntity();
                e.key = key;
                em.persist(e);
            }
            e.acknowledgedAt = a.acknowledgedAt();
            e.acknowledgedBy = a.acknowledgedBy();
            e.escalatedAt = a.escalatedAt();
        }
    }

    private OrderAcknowledgements toDomain(ObligationEntity o) {
        List<CarrierAcknowledgement> carriers = em.createQuery(
                        "from CarrierAcknowledgementEntity where key.orderId = :o order by key.carrierId",
                        CarrierAcknowledgementEntity.class).setParameter("o", o.orderId).getResultStream()
                .map(a -> new CarrierAcknowledgement(a.key.carrierId, a.acknowledgedAt, a.acknowledgedBy,
                        a.escalatedAt))
                .toList();
        return new OrderAcknowledgements(o.orderId, o.caseId, o.segmentCode, o.orderAction, o.dueBy, carriers);
    }
}
