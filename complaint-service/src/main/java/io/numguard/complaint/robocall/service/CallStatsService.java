package io.numguard.complaint.robocall.service;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.intake.BatchResult;
import io.numguard.complaint.intake.BatchRow;
import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.IntakeOutcome;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.robocall.CallStats;
import io.numguard.complaint.robocall.CallStatsRow;
import io.numguard.complaint.robocall.CallStatsValidator;
import io.numguard.complaint.robocall.RobocallDetector;
import io.numguard.complaint.robocall.RobocallEvaluation;
import io.numguard.complaint.robocall.SegmentHour;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.outbox.Outbox;
import io.numguard.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A carrier's call statistics: stored per number, carrier and hour (a resent hour replaces the figures), then every
 * segment-hour touched is checked for robot-like dialling; {@code signal.robocall-suspected} at most once per
 * subject per day, through the outbox in the same transaction.
 */
@ApplicationScoped
public class CallStatsService {
    @Inject
    CallStatsValidator validator;
    @Inject
    RobocallDetector detector;
    @Inject
    ReputationIndex index;
    @Inject
    SubjectLocks locks;
    @Inject
    Outbox outbox;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public record RowOutcome(int row, String number, boolean accepted, String reason, String detail) {
    }

    public record Submission(List<RowOutcome> rows, int signals) {
    }

    @Transactional
    public Submission submit(String carrierId, List<CallStatsRow> rows) {
        Instant now = clock.instant();
        BatchResult<CallStats> result;
        try {
            result = validator.validate(carrierId, rows, now);
        } catch (BatchTooLargeException e) {
            throw new ProblemException(413, e.reason().slug(), e.reason().title(), e.getMessage())
                    .with("maxRows", e.maxRows());
        }
        Map<String, Set<Instant>> segmentHours = new LinkedHashMap<>();
        Set<Subject> subjects = new LinkedHashSet<>();
        for (CallStats c : result.acceptedValues()) {
            String segment = index.segmentCodeOf(c.number());
            segmentHours.computeIfAbsent(segment, s -> new LinkedHashSet<>()).add(c.hour());
            subjects.add(Subject.segment(segment));
        }
        locks.lock(subjects);
        for (CallStats c : result.acceptedValues()) {
            em.createNativeQuery("""
                            insert into call_stats (number, carrier_id, hour, segment_code, attempted, answered,
                                mean_duration_seconds, received_at)
                            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                            on conflict (number, carrier_id, hour) do update set attempted = excluded.attempted,
                                answered = excluded.answered, mean_duration_seconds = excluded.mean_duration_seconds,
                                received_at = excluded.received_at""")
                    .setParameter(1, c.number().digits()).setParameter(2, c.carrierId())
                    .setParameter(3, Sql.ts(c.hour())).setParameter(4, index.segmentCodeOf(c.number()))
                    .setParameter(5, c.attempted()).setParameter(6, c.answered())
                    .setParameter(7, c.meanDurationSeconds()).setParameter(8, Sql.ts(now)).executeUpdate();
        }
        em.flush();
        int signals = 0;
        for (var e : segmentHours.entrySet()) {
            for (Instant hour : e.getValue()) {
                signals += evaluate(e.getKey(), hour, now);
            }
        }
        List<RowOutcome> out = new ArrayList<>(result.rows().size());
        for (BatchRow<CallStats> row : result.rows()) {
            if (row.outcome() instanceof IntakeOutcome.Accepted<CallStats> a) {
                out.add(new RowOutcome(row.row(), a.value().number().digits(), true, null, null));
            } else {
                IntakeOutcome.Rejected<CallStats> r = (IntakeOutcome.Rejected<CallStats>) row.outcome();
                CallStatsRow raw = rows.get(row.row());
                out.add(new RowOutcome(row.row(), raw == null ? null : raw.number(), false, r.reason().slug(),
                        r.detail()));
            }
        }
        return new Submission(out, signals);
    }

    @SuppressWarnings("unchecked")
    private int evaluate(String segment, Instant hour, Instant now) {
        List<Object[]> rows = em.createNativeQuery("""
                        select number, carrier_id, attempted, answered, mean_duration_seconds from call_stats
                        where segment_code = ?1 and hour = ?2""")
                .setParameter(1, segment).setParameter(2, Sql.ts(hour)).getResultList();
        List<CallStats> calls = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            calls.add(new CallStats(new PhoneNumber((String) r[0]), (String) r[1], hour, Sql.asLong(r[2]),
                    Sql.asLong(r[3]), ((Number) r[4]).doubleValue()));
        }
        Object lookback = em.createNativeQuery("""
                        select coalesce(sum(attempted), 0) from call_stats
                        where segment_code = ?1 and hour >= ?2 and hour < ?3""")
                .setParameter(1, segment).setParameter(2, Sql.ts(detector.rules().lookbackFrom(hour)))
                .setParameter(3, Sql.ts(hour)).getSingleResult();
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
        RobocallEvaluation evaluation = detector.evaluate(new SegmentHour(segment, hour, calls,
                Sql.asLong(lookback)), last, now);
        for (var e : evaluation.signalledOn().entrySet()) {
            em.createNativeQuery("""
                            insert into robocall_signal (subject_kind, subject_code, last_day) values (?1, ?2, ?3)
                            on conflict (subject_kind, subject_code) do update set last_day = excluded.last_day""")
                    .setParameter(1, e.getKey().kind().name()).setParameter(2, e.getKey().code())
                    .setParameter(3, e.getValue()).executeUpdate();
        }
        for (RobocallSuspected s : evaluation.signals()) {
            outbox.publish(EventType.SIGNAL_ROBOCALL_SUSPECTED, s.segmentCode(), s);
        }
        return evaluation.signals().size();
    }
}
