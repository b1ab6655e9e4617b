package io.numguard.enforcement.acknowledgement.persistence;

import io.numguard.enforcement.acknowledgement.Owed;

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

    /**
     * Orders carried out by the registry that a carrier owes (carrierId set) or that fall in a province (province
     * set; both null: every order), overdue first, then by deadline. PENDING = not acknowledged yet (by the carrier,
     * or by any of the order's carriers); OVERDUE = that, past the deadline.
     */
    @SuppressWarnings("unchecked")
    public List<String> owedOrderIds(String carrierId, String province, Owed owed, Instant now, int limit) {
        String missing = carrierId != null
                ? "a.acknowledged_at is null"
                : "exists (select 1 from carrier_acknowledgement m where m.order_id = o.order_id "
                + "and m.acknowledged_at is null)";
        StringBuilder q = new StringBuilder("select o.order_id from acknowledgement_obligation o");
        if (carrierId != null) {
            q.append(" join carrier_acknowledgement a on a.order_id = o.order_id and a.carrier_id = :carrier");
        }
        if (province != null) {
            // an order without a case of this service (none today) falls back on the segment's province
            q.append(" left join enforcement_case c on c.id = o.case_id")
                    .append(" left join known_segment k on k.code = o.segment_code");
        }
        q.append(" where 1 = 1");
        if (province != null) {
            q.append(" and coalesce(c.province, k.province, 'CN') = :province");
        }
        switch (owed) {
            case PENDING -> q.append(" and ").append(missing);
            case OVERDUE -> q.append(" and o.due_by < :now and ").append(missing);
            case ALL -> { }
        }
        q.append(" order by case when o.due_by < :now and ").append(missing)
                .append(" then 0 else 1 end, o.due_by, o.order_id limit :limit");
        var query = em.createNativeQuery(q.toString()).setParameter("now", now).setParameter("limit", limit);
        if (carrierId != null) {
            query.setParameter("carrier", carrierId);
        }
        if (province != null) {
            query.setParameter("province", province);
        }
        return query.getResultList();
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
