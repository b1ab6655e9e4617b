package io.numguard.complaint.reputation.service;

import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The most complained segments for regulators: sums of the segments' hourly buckets over the rolling windows. */
@ApplicationScoped
public class SegmentStatsService {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public record SegmentStats(String segmentCode, long complaints24h, long complaints7d, long complaints30d,
                               long weighted30d, long distinctComplainants30d, String label, String status) {
    }

    /** Most complained first: by weighted count over 30 days (a police referral weighs most), then by count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    @SuppressWarnings("unchecked")
    public List<SegmentStats> top(int n) {
        Instant now = clock.instant();
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
