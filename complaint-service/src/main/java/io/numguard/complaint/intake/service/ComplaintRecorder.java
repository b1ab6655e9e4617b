package io.numguard.complaint.intake.service;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.BeijingTime;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.assessment.persistence.AssessmentStore;
import io.numguard.complaint.assessment.service.AssessmentService;
import io.numguard.complaint.intake.DedupeKey;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.complaint.reputation.ReputationIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one path every accepted complaint takes, whatever its source: store it, lock its numbers, read their counted
 * complaints (counting it only if it is the complainant's first about that number that day), re-assess the numbers
 * that changed (a number's windows are its counted complaints) and queue the counted complaints for their segments
 * ({@link SegmentFolder}). All in the caller's transaction.
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
    AssessmentStore assessmentStore;
    @Inject
    ReputationIndex index;
    @Inject
    SegmentFolder folder;

    /** Per-batch phase timings at DEBUG (see numguard.phase-log-level). */
    private static final Logger LOG = Logger.getLogger("io.numguard.complaint.phases");

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** Per stored row: its id (0 if it was already stored) and whether it counted. */
    public record Recorded(long id, String segmentCode, boolean counted) {
    }

    /** The segment a number is counted under now: the registry-known one, or its 5-digit prefix. */
    public String segmentOf(io.numguard.contracts.number.PhoneNumber number) {
        return index.segmentCodeOf(number);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recorded> record(List<ComplaintStore.Row> rows, Instant now) {
        Set<Subject> numbers = new LinkedHashSet<>();
        for (ComplaintStore.Row r : rows) {
            numbers.add(Subject.number(r.complaint().number()));
        }
        // Stored before the locks, so that a concurrent batch stores while this one aggregates, each row counted if
        // it is the first of its day in the batch. Under the numbers' locks their counted complaints stored by
        // others are read (ours we know): a row whose complainant had already counted that day in a batch committed
        // before ours is then uncounted. A batch that committed after ours stored but before we locked is seen too,
        // and one still running will see ours when it gets the locks; so exactly the first counts.
        long t0 = System.nanoTime();
        List<Optional<DedupeKey>> keys = dedupeKeys(rows);
        boolean[] firstInBatch = firstOfTheDayByKey(keys, Map.of());
        long[] ids = store.insert(rows, firstInBatch, now);
        long t1 = System.nanoTime();
        locks.lock(numbers);
        long t2 = System.nanoTime();
        Map<String, List<AssessmentStore.Counted>> history = assessmentStore.othersCountedComplaints(
                numbers.stream().map(Subject::code).toList(), historyFrom(rows, now));
        boolean[] first = firstOfTheDayByKey(keys, history);
        List<Long> uncounted = new ArrayList<>();
        Map<String, List<Long>> counted = new LinkedHashMap<>();
        Set<Subject> changed = new LinkedHashSet<>();
        List<Recorded> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ComplaintStore.Row r = rows.get(i);
            boolean counts = ids[i] != 0 && first[i];
            out.add(new Recorded(ids[i], r.segmentCode(), counts));
            if (ids[i] != 0 && firstInBatch[i] && !first[i]) {
                uncounted.add(ids[i]);
            }
            if (!counts) {
                continue;
            }
            counted.computeIfAbsent(r.segmentCode(), k -> new ArrayList<>()).add(ids[i]);
            changed.add(Subject.number(r.complaint().number()));
            history.computeIfAbsent(r.complaint().number().digits(), k -> new ArrayList<>()).add(
                    new AssessmentStore.Counted(ids[i], r.complaint().at(), r.complaint().category(),
                            r.complaint().source(), r.complaint().complainantHash()));
        }
        store.uncount(uncounted);
        long t3 = System.nanoTime();
        // the segments follow in the folder, out of this transaction (see SegmentFolder)
        folder.enqueue(counted, now);
        long t4 = System.nanoTime();
        if (!changed.isEmpty()) {
            assessment.reassess(changed, now, history);
        }
        long t5 = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d rows, %d subjects: store %d ms, locks %d ms, history %d ms, queue %d ms, "
                    + "re-assessment %d ms", rows.size(), numbers.size(), ms(t1 - t0), ms(t2 - t1), ms(t3 - t2),
                    ms(t4 - t3), ms(t5 - t4));
        }
        return out;
    }

    /**
     * From where the numbers' counted complaints are needed: the longest window, and every day (in China) a row
     * falls on, for the de-duplication of a row near the window's start.
     */
    private static Instant historyFrom(List<ComplaintStore.Row> rows, Instant now) {
        Instant earliest = now;
        for (ComplaintStore.Row r : rows) {
            if (r.complaint().at().isBefore(earliest)) {
                earliest = r.complaint().at();
            }
        }
        Instant dayStart = BeijingTime.dateOf(earliest).atStartOfDay(BeijingTime.ZONE).toInstant();
        Instant from = Window.longest().from(now);
        return dayStart.isBefore(from) ? dayStart : from;
    }

    /**
     * Which rows count: one complainant, one number, one calendar day in China, only the first complaint counts
     * (already counted ones in {@code earlier}, then the rows in order). Rows without a complainant (police) count.
     */
    static boolean[] firstOfTheDay(List<ComplaintStore.Row> rows, Map<String, List<AssessmentStore.Counted>> earlier) {
        return firstOfTheDayByKey(dedupeKeys(rows), earlier);
    }

    private static List<Optional<DedupeKey>> dedupeKeys(List<ComplaintStore.Row> rows) {
        List<Optional<DedupeKey>> keys = new ArrayList<>(rows.size());
        for (ComplaintStore.Row r : rows) {
            keys.add(r.complaint().dedupeKey());
        }
        return keys;
    }

    private static boolean[] firstOfTheDayByKey(List<Optional<DedupeKey>> keys,
                                                Map<String, List<AssessmentStore.Counted>> earlier) {
        Set<DedupeKey> seen = new HashSet<>();
        earlier.forEach((number, counted) -> {
            for (AssessmentStore.Counted c : counted) {
                if (c.complainantHash() != null) {
                    seen.add(new DedupeKey(c.complainantHash(), number, BeijingTime.dateOf(c.at())));
                }
            }
        });
        boolean[] out = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            Optional<DedupeKey> key = keys.get(i);
            out[i] = key.isEmpty() || seen.add(key.get());
        }
        return out;
    }
}
