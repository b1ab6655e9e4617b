package io.numguard.complaint.segment.persistence;

import io.numguard.complaint.persistence.Sql;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/** The local copy of the registry's segments ({@code segment_registry}) and their filed sub-numbers. */
@ApplicationScoped
public class SegmentRegistryStore {
    @Inject
    EntityManager em;

    /** Stores the segment's state unless a later one is stored already; true when the row changed. */
    public boolean upsert(SegmentChanged event, SegmentStatus status, Instant now) {
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
                .setParameter(9, Sql.ts(now))
                .executeUpdate();
        return changed > 0;
    }

    public void setFilingsTracked(String code, boolean tracked) {
        em.createNativeQuery("update segment_registry set filings_tracked = ?2 where code = ?1")
                .setParameter(1, code).setParameter(2, tracked).executeUpdate();
    }

    /** Idempotent: the same or an older filing of the number changes nothing. */
    public void upsertFiling(String number, String segmentCode, Instant filedAt, Instant now) {
        em.createNativeQuery("""
                        insert into sub_number_filing (number, segment_code, filed_at, updated_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (number) do update set segment_code = excluded.segment_code,
                            filed_at = excluded.filed_at, updated_at = excluded.updated_at
                        where excluded.filed_at >= sub_number_filing.filed_at""")
                .setParameter(1, number).setParameter(2, segmentCode)
                .setParameter(3, Sql.ts(filedAt)).setParameter(4, Sql.ts(now))
                .executeUpdate();
    }

    /** Deletes the segment's filings; the numbers they were for. */
    @SuppressWarnings("unchecked")
    public List<String> deleteFilings(String code) {
        return em.createNativeQuery("delete from sub_number_filing where segment_code = ?1 returning number")
                .setParameter(1, code).getResultList();
    }
}
