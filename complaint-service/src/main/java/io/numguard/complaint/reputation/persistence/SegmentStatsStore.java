package io.numguard.complaint.reputation.persistence;

import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.reputation.SegmentStats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The segments' hourly buckets summed over the rolling windows, with their label and registry status. */
@ApplicationScoped
public class SegmentStatsStore {
    @Inject
    EntityManager em;

    /** Most complained first: by weighted count over 30 days, then by count; windows end at {@code now}'s hour. */
    @SuppressWarnings("unchecked")
    public List<SegmentStats> top(Instant now, int n) {
        Instant until = Window.P30D.until(now);
        List<Object[]> rows = em.createNativeQuery("""
                        with totals as (
                            select subject_code as code,
                                   sum(count) filter (where hour >= ?1) as c24,
                                   sum(count) filter (where hour >= ?2) as c7,
                                   sum(count) as c30,
                                   sum(weighted) as w30
                            from complaint_bucket
                            where subject_kind = 'SEGMENT' and hour >= ?3 and hour < ?4
                            group by subject_code
                            order by sum(weighted) desc, sum(count) desc, subject_code
                            limit ?5)
                        select t.code, coalesce(t.c24, 0), coalesce(t.c7, 0), t.c30, t.w30,
                               (select coalesce(sum(h.complainants), 0) from complainant_hour h
                                where h.subject_kind = 'SEGMENT' and h.subject_code = t.code
                                  and h.hour >= ?3 and h.hour < ?4),
                               coalesce(r.label, 'NONE'),
                               coalesce(s.status, 'UNKNOWN')
                        from totals t
                        left join reputation r on r.subject_kind = 'SEGMENT' and r.subject_code = t.code
                        left join segment_registry s on s.code = t.code
                        order by t.w30 desc, t.c30 desc, t.code""")
                .setParameter(1, Sql.ts(Window.P1D.from(now)))
                .setParameter(2, Sql.ts(Window.P7D.from(now)))
                .setParameter(3, Sql.ts(Window.P30D.from(now)))
                .setParameter(4, Sql.ts(until))
                .setParameter(5, n)
                .getResultList();
        List<SegmentStats> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new SegmentStats((String) r[0], Sql.asLong(r[1]), Sql.asLong(r[2]), Sql.asLong(r[3]),
                    Sql.asLong(r[4]), Sql.asLong(r[5]), (String) r[6], (String) r[7]));
        }
        return out;
    }
}
