package io.numguard.complaint.intake.service;

import io.numguard.complaint.aggregate.ComplainantSighting;
import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.SegmentResolver;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.BeijingTime;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.assessment.persistence.AssessmentStore;
import io.numguard.complaint.assessment.service.AssessmentService;
import io.numguard.complaint.intake.DedupeKey;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.intake.IntakeRules;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.complaint.reputation.ReputationIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one path every accepted complaint takes, whatever its source: store it, lock its subjects, read its numbers'
 * counted complaints (counting it only if it is the complainant's first about that number that day), add the
 * counted ones to their segment's hourly buckets and distinct complainants (a number's windows are its counted
 * complaints), and re-assess every subject that changed. All in the caller's transaction.
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
    IntakeRules rules;

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

    private record BucketKey(Subject subject, Instant hour, ComplaintCategory category, ComplaintSource source) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Recorded> record(List<ComplaintStore.Row> rows, Instant now) {
        Set<Subject> subjects = new LinkedHashSet<>();
        for (ComplaintStore.Row r : rows) {
            subjects.add(Subject.number(r.complaint().number()));
            subjects.add(Subject.segment(r.segmentCode()));
        }
        // Stored before the locks, so that a concurrent batch stores while this one aggregates, each row counted if
        // it is the first of its day in the batch. Under the locks the numbers' counted complaints stored by others are
        // read (ours we know): a row whose complainant had already counted that day in a batch committed before ours
        // is then uncounted. A batch that committed after ours stored but before we locked is seen too, and one still
        // running will see ours when it gets the locks; so exactly the first counts.
        long t0 = System.nanoTime();
        List<Optional<DedupeKey>> keys = dedupeKeys(rows);
        boolean[] firstInBatch = firstOfTheDayByKey(keys, Map.of());
        long[] ids = store.insert(rows, firstInBatch, now);
        long t1 = System.nanoTime();
        locks.lock(subjects);
        long t2 = System.nanoTime();
        // the complaints counted before ours (committed, since we hold the locks); then ours that still count
        Map<String, List<AssessmentStore.Counted>> history = assessmentStore.othersCountedComplaints(
                subjects.stream().filter(Subject::isNumber).map(Subject::code).toList(), historyFrom(rows, now));
        boolean[] first = firstOfTheDayByKey(keys, history);
        List<Long> uncounted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (ids[i] == 0 || !firstInBatch[i]) {
                continue;
            }
            if (!first[i]) {
                uncounted.add(ids[i]);
                continue;
            }
            ComplaintStore.Row r = rows.get(i);
            history.computeIfAbsent(r.complaint().number().digits(), k -> new ArrayList<>()).add(
                    new AssessmentStore.Counted(ids[i], r.complaint().at(), r.complaint().category(),
                            r.complaint().source(), r.complaint().complainantHash()));
        }
        if (!uncounted.isEmpty()) {
            store.uncount(uncounted);
        }
        long t3 = System.nanoTime();
        Map<BucketKey, HourlyBucket> increments = new LinkedHashMap<>();
        Set<Subject> changed = new LinkedHashSet<>();
        List<ComplainantSighting> sightings = new ArrayList<>();
        List<Recorded> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ComplaintStore.Row r = rows.get(i);
            boolean counted = ids[i] != 0 && first[i];
            out.add(new Recorded(ids[i], r.segmentCode(), counted));
            if (!counted) {
                continue;
            }
            // the segment it was stored under, even if the registry's segments changed since
            SegmentResolver storedSegment = n -> Optional.of(r.segmentCode());
            // a number's windows are read from its complaints when it is re-assessed; only its segment keeps
            // buckets and latest sightings
            changed.add(Subject.number(r.complaint().number()));
            for (HourlyBucket b : HourlyBucket.increments(r.complaint(), storedSegment, rules.weights())) {
                if (!b.subject().isNumber()) {
                    increments.merge(new BucketKey(b.subject(), b.hour(), b.category(), b.source()), b,
                            HourlyBucket::plus);
                    changed.add(b.subject());
                }
            }
            for (ComplainantSighting sighting : ComplainantSighting.of(r.complaint(), storedSegment)) {
                if (!sighting.subject().isNumber()) {
                    sightings.add(sighting);
                }
            }
        }
        store.addToBuckets(increments.values());
        long t4 = System.nanoTime();
        store.trackComplainants(sightings);
        long t5 = System.nanoTime();
        if (!changed.isEmpty()) {
            assessment.reassess(changed, now, history);
        }
        long t6 = System.nanoTime();
        if (LOG.isDebugEnabled()) {
            LOG.debugf("%d rows, %d subjects: store %d ms, locks %d ms, history %d ms, buckets %d ms, "
                    + "complainants %d ms, re-assessment %d ms", rows.size(), subjects.size(), ms(t1 - t0),
                    ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4), ms(t6 - t5));
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
