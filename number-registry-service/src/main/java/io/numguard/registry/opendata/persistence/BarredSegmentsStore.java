package io.numguard.registry.opendata.persistence;

import io.numguard.registry.opendata.BarredSegments;
import io.numguard.contracts.events.SegmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import static io.numguard.support.db.Timestamps.instant;

import java.util.ArrayList;
import java.util.List;

/** The segment table read as the barred-segments feed's rows. */
@ApplicationScoped
public class BarredSegmentsStore {
    @Inject
    EntityManager em;

    /**
     * Every segment the feed lists now (suspended, revoked, quarantined) as its feed row, by code; changed at its
     * latest history entry, or its allocation if it has none.
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> barredRows() {
        List<Object[]> rows = em.createNativeQuery("""
                select s.code, s.status, s.quarantine_cause, s.quarantine_since,
                       coalesce((select max(h.at) from segment_history h where h.segment_id = s.id), s.allocated_at),
                       s.licensee_uscc, l.name, s.province
                from segment s join licensee l on l.uscc = s.licensee_uscc
                where s.status in ('SUSPENDED', 'REVOKED', 'QUARANTINED')
                order by s.code""").getResultList();
        List<List<String>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            BarredSegments.row((String) r[0], SegmentStatus.valueOf((String) r[1]),
                    r[2] == null ? null : SegmentStatus.valueOf((String) r[2]), instant(r[3]), instant(r[4]),
                    ((String) r[5]).trim(), (String) r[6], (String) r[7]).ifPresent(out::add);
        }
        return out;
    }
}
