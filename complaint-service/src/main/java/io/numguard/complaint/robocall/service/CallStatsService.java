package io.numguard.complaint.robocall.service;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.intake.BatchResult;
import io.numguard.complaint.intake.BatchRow;
import io.numguard.complaint.intake.BatchTooLargeException;
import io.numguard.complaint.intake.service.IntakeProblems;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.robocall.CallStats;
import io.numguard.complaint.robocall.CallStatsRow;
import io.numguard.complaint.robocall.CallStatsValidator;
import io.numguard.complaint.robocall.RobocallDetector;
import io.numguard.complaint.robocall.RobocallEvaluation;
import io.numguard.complaint.robocall.persistence.CallStatsStore;
import io.numguard.complaint.robocall.SegmentHour;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.RobocallSuspected;
import io.numguard.support.outbox.Outbox;
import io.numguard.support.rule.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    CallStatsStore store;
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
            throw IntakeProblems.of(e);
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
            store.upsert(c, index.segmentCodeOf(c.number()), now);
        }
        store.flush();
        int signals = 0;
        for (var e : segmentHours.entrySet()) {
            for (Instant hour : e.getValue()) {
                signals += evaluate(e.getKey(), hour, now);
            }
        }
        List<RowOutcome> out = new ArrayList<>(result.rows().size());
        for (BatchRow<CallStats> row : result.rows()) {
            if (row.outcome() instanceof Verdict.Allowed<CallStats> a) {
                out.add(new RowOutcome(row.row(), a.value().number().digits(), true, null, null));
            } else {
                Verdict.Refused<CallStats> r = row.outcome().refusal().orElseThrow();
                CallStatsRow raw = rows.get(row.row());
                out.add(new RowOutcome(row.row(), raw == null ? null : raw.number(), false, r.reason().slug(),
                        r.detail()));
            }
        }
        return new Submission(out, signals);
    }

    private int evaluate(String segment, Instant hour, Instant now) {
        List<CallStats> calls = store.ofSegmentHour(segment, hour);
        long lookback = store.attempted(segment, detector.rules().lookbackFrom(hour), hour);
        Map<Subject, LocalDate> last = store.lastSignalled(segment, hour);
        RobocallEvaluation evaluation = detector.evaluate(new SegmentHour(segment, hour, calls,
                lookback), last, now);
        for (var e : evaluation.signalledOn().entrySet()) {
            store.signalled(e.getKey(), e.getValue());
        }
        for (RobocallSuspected s : evaluation.signals()) {
            outbox.publish(EventType.SIGNAL_ROBOCALL_SUSPECTED, s.segmentCode(), s);
        }
        return evaluation.signals().size();
    }
}
