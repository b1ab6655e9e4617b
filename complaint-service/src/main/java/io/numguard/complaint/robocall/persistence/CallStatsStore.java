package io.numguard.complaint.robocall.persistence;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.robocall.CallStats;
import io.numguard.contracts.number.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Call statistics per number, carrier and hour ({@code call_stats}) and the day each subject was last signalled. */
@ApplicationScoped
public class CallStatsStore {
    @Inject
    EntityManager em;

    /** A resent hour replaces the figures. */
    public void upsert(CallStats c, String segmentCode, Instant receivedAt) {
        em.createNativeQuery("""
                        insert into call_stats (number, carrier_id, hour, segment_code, attempted, answered,
                            mean_duration_seconds, received_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                        on conflict (number, carrier_id, hour) do update set attempted = excluded.attempted,
                            answered = excluded.answered, mean_duration_seconds = excluded.mean_duration_seconds,
                            received_at = excluded.received_at""")
                .setParameter(1, c.number().digits()).setParameter(2, c.carrierId())
                .setParameter(3, Sql.ts(c.hour())).setParameter(4, segmentCode)
                .setParameter(5, c.attempted()).setParameter(6, c.answered())
                .setParameter(7, c.meanDurationSeconds()).setParameter(8, Sql.ts(receivedAt)).executeUpdate();
    }

    public void flush() {
        em.flush();
    }

    /** Every number's figures of the segment in that hour. */
    @SuppressWarnings("unchecked")
    public List<CallStats> ofSegmentHour(String segment, Instant hour) {
        List<Object[]> rows = em.createNativeQuery("""
                        select number, carrier_id, attempted, answered, mean_duration_seconds from call_stats
                        where segment_code = ?1 and hour = ?2""")
                .setParameter(1, segment).setParameter(2, Sql.ts(hour)).getResultList();
        List<CallStats> calls = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            calls.add(new CallStats(new PhoneNumber((String) r[0]), (String) r[1], hour, Sql.asLong(r[2]),
                    Sql.asLong(r[3]), ((Number) r[4]).doubleValue()));
        }
        return calls;
    }

    /** Calls attempted in the segment in [from, until). */
    public long attempted(String segment, Instant from, Instant until) {
        Object sum = em.createNativeQuery("""
                        select coalesce(sum(attempted), 0) from call_stats
                        where segment_code = ?1 and hour >= ?2 and hour < ?3""")
                .setParameter(1, segment).setParameter(2, Sql.ts(from))
                .setParameter(3, Sql.ts(until)).getSingleResult();
        return Sql.asLong(sum);
    }

    /** The day the segment, and each number with figures in that hour, was last signalled. */
    @SuppressWarnings("unchecked")
    public Map<Subject, LocalDate> lastSignalled(String segment, Instant hour) {
        Map<Subject, LocalDate> last = new HashMap<>();
        List<Object[]> signalled = em.createNativeQuery("""
                        select subject_kind, subject_code, last_day from robocall_signal
                        where (subject_kind = 'SEGMENT' and subject_code = ?1)
                           or (subject_kind = 'NUMBER' and subject_code in
                               (select number from call_stats where segment_code = ?1 and hour = ?2))""")
                .setParameter(1, segment).setParameter(2, Sql.ts(hour)).getResultList();
        for (Object[] r : signalled) {
            last.put(new Subject(SubjectKind.valueOf((String) r[0]), (String) r[1]), Sql.date(r[2]));
        }
        return last;
    }

    public void signalled(Subject subject, LocalDate day) {
        em.createNativeQuery("""
                        insert into robocall_signal (subject_kind, subject_code, last_day) values (?1, ?2, ?3)
                        on conflict (subject_kind, subject_code) do update set last_day = excluded.last_day""")
                .setParameter(1, subject.kind().name()).setParameter(2, subject.code())
                .setParameter(3, day).executeUpdate();
    }
}
