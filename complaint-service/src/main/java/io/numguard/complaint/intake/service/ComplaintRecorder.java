package io.numguard.complaint.intake.service;

import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.assessment.service.AssessmentService;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.complaint.reputation.ReputationIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one path every accepted complaint takes, whatever its source: lock its subjects, store it (counting it only if
 * it is the complainant's first about that number today), add the counted ones to the hourly buckets of the number
 * and its segment, and re-assess every subject that changed. All in the caller's transaction.
 */
@ApplicationScoped
public class ComplaintRecorder {
    @Inject
    ComplaintStore store;
    @Inject
    SubjectLocks locks;
    @Inject
    AssessmentService assessment;
    @Inject
    ReputationIndex index;
    @Inject
    IntakeRules rules;

    /** Per stored row: its id (0 if it was already stored) and whether it counted. */
    public record Recorded(long id, String segmentCode, boolean counted) {
    }

    /** The segment a number is counted under now: the registry-known one, or its 5-digit prefix. */
    public String segmentOf(io.numguard.contracts.number.PhoneNumber number) {
        return index.segmentCodeOf(number);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recorded> record(List<ComplaintStore.Row> rows, Instant now) {
        Set<Subject> subjects = new LinkedHashSet<>();
        for (ComplaintStore.Row r : rows) {
            subjects.add(Subject.number(r.complaint().number()));
            subjects.add(Subject.segment(r.segmentCode()));
        }
        locks.lock(subjects);

        List<long[]> stored = store.insert(rows, now);
        Map<String, HourlyBucket> increments = new LinkedHashMap<>();
        Set<Subject> changed = new LinkedHashSet<>();
        List<Recorded> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ComplaintStore.Row r = rows.get(i);
            boolean counted = stored.get(i)[1] == 1;
            out.add(new Recorded(stored.get(i)[0], r.segmentCode(), counted));
            if (!counted) {
                continue;
            }
            for (HourlyBucket b : HourlyBucket.increments(r.complaint(), n -> java.util.Optional.of(r.segmentCode()),
                    rules.weights())) {
                String key = b.subject() + "|" + b.hour() + "|" + b.category() + "|" + b.source();
                increments.merge(key, b, HourlyBucket::plus);
                changed.add(b.subject());
            }
        }
        store.addToBuckets(increments.values());
        if (!changed.isEmpty()) {
            assessment.reassess(changed, now);
        }
        return out;
    }
}
