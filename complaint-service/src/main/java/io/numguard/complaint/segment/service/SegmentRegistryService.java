package io.numguard.complaint.segment.service;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.reputation.SegmentStatus;
import io.numguard.complaint.reputation.index.ReputationIndexKeeper;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.support.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** The registry's segment state, kept locally from {@code segment.*} events (each carries the whole state). */
@ApplicationScoped
public class SegmentRegistryService {
    @Inject
    EntityManager em;
    @Inject
    ReputationIndexKeeper keeper;
    @Inject
    Clock clock;

    /**
     * Stores the segment's state unless a later one is already stored (events of one segment arrive in order on
     * its partition; the check guards a replay of older history). The index follows after commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(SegmentChanged event) {
        if (!Subject.isSegmentCode(event.code())) {
            throw new RejectedEventException("not a segment code: " + event.code());
        }
        SegmentStatus status = SegmentStatus.parse(event.status());
        if (status == SegmentStatus.UNKNOWN) {
            throw new RejectedEventException("unknown segment status " + event.status());
        }
        int changed = em.createNativeQuery("""
                        insert into segment_registry (code, status, outbound_authorised, expanded, licensee_uscc,
                            province, carriers, occurred_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (code) do update set status = excluded.status,
                            outbound_authorised = excluded.outbound_authorised, expanded = excluded.expanded,
                            licensee_uscc = excluded.licensee_uscc, province = excluded.province,
                            carriers = excluded.carriers, occurred_at = excluded.occurred_at,
                            updated_at = excluded.updated_at
                        where segment_registry.occurred_at is null or excluded.occurred_at is null
                            or excluded.occurred_at >= segment_registry.occurred_at""")
                .setParameter(1, event.code())
                .setParameter(2, status.name())
                .setParameter(3, event.outboundAuthorised())
                .setParameter(4, event.expanded())
                .setParameter(5, event.licenseeUscc())
                .setParameter(6, event.province())
                .setParameter(7, String.join(",", event.carriers()))
                .setParameter(8, Sql.ts(event.occurredAt()))
                .setParameter(9, Sql.ts(clock.instant()))
                .executeUpdate();
        if (changed > 0) {
            keeper.afterCommit(index -> index.applySegmentEvent(event));
        }
        return changed > 0;
    }
}
