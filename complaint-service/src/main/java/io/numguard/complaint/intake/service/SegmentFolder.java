package io.numguard.complaint.intake.service;

import io.numguard.complaint.aggregate.BucketRule;
import io.numguard.complaint.aggregate.ComplainantSighting;
import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.SegmentResolver;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.assessment.service.AssessmentService;
import io.numguard.complaint.config.ComplaintSettings;
import io.numguard.complaint.intake.persistence.ComplaintStore;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.support.db.Failures;
import io.numguard.support.jobs.ClusterLease;
import io.numguard.support.jobs.ClusterLeases;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The segment half of recording complaints, out of the intake's transaction. The intake counts a complaint, keeps
 * its number's windows and label, and queues the counted complaint ({@link #enqueue}, same transaction); this
 * folder then takes queued complaints (about {@value #FOLD_SIZE} at a time, so under load several batches are
 * summed at once), adds them to their segments' hourly buckets and distinct complainants, re-assesses those
 * segments (thresholds, labels, events) and deletes the queue entries, all in one transaction: each counted
 * complaint is folded exactly once, and a fold that fails leaves its entries queued for the next. Folds that keep
 * failing (not for the database being away) make the worker try its entries one by one and set aside the one that
 * fails on its own ({@link #setAsideWhatFails}), so one bad entry does not stop its partition.
 *
 * <p>Why: a carrier batch touches about every segment, so aggregating segments in the request made every two
 * batches wait for each other from their locks to their commit. Segments' windows and labels now follow their
 * complaints by one fold (the folder wakes when an intake commits; every {@code numguard.complaints.fold-interval}
 * it also looks for entries queued by other replicas or left by a failed fold). Segments are split in
 * {@code fold-partitions} partitions by code, each with its own worker, queue rows and lock stripes, so folds of
 * different partitions run side by side. With several replicas each partition's worker runs on one replica at a
 * time ({@link ClusterLease}: a session advisory lock, released when that replica dies, and then taken by another
 * replica's worker within a fold interval); entries are also taken with {@code skip locked}, so an explicit
 * {@link #drain()} beside the owner's worker is still safe.
 */
@ApplicationScoped
public class SegmentFolder {
    /** About how many complaints one fold takes (whole queue entries; at least one). */
    static final int FOLD_SIZE = 30_000;
    /** Failed folds in a row before a partition's entries are tried one at a time. */
    static final int ATTEMPTS = 3;
    /** Entries folded one at a time, at most, looking for the one that fails. */
    static final int ONE_BY_ONE = 50;
    private static final Logger LOG = Logger.getLogger(SegmentFolder.class);
    /** Per-fold phase timings at DEBUG (see numguard.phase-log-level). */
    private static final Logger PHASES = Logger.getLogger("io.numguard.complaint.phases");

    @Inject
    ComplaintStore store;
    @Inject
    SubjectLocks locks;
    @Inject
    AssessmentService assessment;
    @Inject
    BucketRule bucketRule;
    @Inject
    TransactionSynchronizationRegistry transactions;
    @Inject
    Clock clock;
    @Inject
    ComplaintSettings settings;

    private int partitions;
    private Semaphore[] wake;
    private ReentrantLock[] folding;
    private Thread[] workers;
    private volatile boolean running;
    @Inject
    ClusterLeases leases;

    @PostConstruct
    void init() {
        partitions = Math.max(1, settings.foldPartitions());
        wake = new Semaphore[partitions];
        folding = new ReentrantLock[partitions];
        for (int p = 0; p < partitions; p++) {
            wake[p] = new Semaphore(0);
            folding[p] = new ReentrantLock();
        }
    }

    void start(@Observes StartupEvent event) {
        running = true;
        workers = new Thread[partitions];
        for (int p = 0; p < partitions; p++) {
            int partition = p;
            workers[p] = new Thread(() -> run(partition), "segment-folder-" + p);
            workers[p].setDaemon(true);
            workers[p].start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (workers == null) {
            return;
        }
        for (Semaphore w : wake) {
            w.release();
        }
        for (Thread worker : workers) {
            try {
                worker.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The partition a segment is folded in: its code's hash, as its lock stripe ({@link SubjectLocks}). */
    int partitionOf(String segmentCode) {
        return Math.floorMod(segmentCode.hashCode(), partitions);
    }

    /**
     * Queues counted complaints (by the segment they were stored under) for their segments, in the caller's
     * transaction, one queue row per partition; those partitions' workers wake after commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(Map<String, List<Long>> countedBySegment, Instant now) {
        if (countedBySegment.isEmpty()) {
            return;
        }
        Map<Integer, List<Long>> byPartition = new TreeMap<>();
        countedBySegment.forEach((segment, ids) -> byPartition.computeIfAbsent(partitionOf(segment),
                k -> new ArrayList<>()).addAll(ids));
        store.queueForSegments(byPartition, now);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    byPartition.keySet().forEach(p -> wake[p].release());
                }
            }
        });
    }

    private void run(int partition) {
        // one replica folds a partition at a time: the others' workers stand by and take over when it dies
        try (ClusterLease lease = leases.lease("complaint.segment-fold." + partition)) {
            run(partition, lease);
        }
    }

    private void run(int partition, ClusterLease lease) {
        long backoff = 100;
        int failures = 0;
        while (running) {
            try {
                wake[partition].tryAcquire(settings.foldInterval().toMillis(), TimeUnit.MILLISECONDS);
                wake[partition].drainPermits();
                if (running && lease.holdOrAcquire()) {
                    drain(partition);
                }
                backoff = 100;
                failures = 0;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the entries stay queued; a database that is away is waited out however long it takes
                LOG.warnf("folding complaints into segments (partition %d) failed, retrying in %d ms: %s",
                        partition, backoff, Failures.rootMessage(e));
                sleep(backoff);
                backoff = Math.min(backoff * 2, 5_000);
                if (!Failures.isDatabaseUnavailable(e) && ++failures >= ATTEMPTS) {
                    failures = 0;
                    try {
                        setAsideWhatFails(partition);
                    } catch (RuntimeException again) {
                        LOG.warnf("folding partition %d entry by entry failed: %s", partition,
                                Failures.rootMessage(again));
                    }
                }
            }
        }
    }

    /**
     * After {@value #ATTEMPTS} failed folds in a row: folds the partition's oldest entries one at a time (at most
     * {@value #ONE_BY_ONE}), and sets aside in {@code segment_fold_failed} the first that fails on its own for a
     * reason other than the database being away, so one bad entry does not hold back every segment of its
     * partition. Returns whether one was set aside.
     */
    boolean setAsideWhatFails(int partition) {
        folding[partition].lock();
        try {
            for (int i = 0; i < ONE_BY_ONE && running; i++) {
                Optional<Long> oldest = QuarkusTransaction.requiringNew()
                        .call(() -> store.oldestQueued(partition, partitions));
                if (oldest.isEmpty()) {
                    return false;
                }
                try {
                    QuarkusTransaction.requiringNew().call(() -> fold(store.takeQueuedEntry(oldest.get())));
                } catch (RuntimeException e) {
                    if (Failures.isDatabaseUnavailable(e)) {
                        throw e;
                    }
                    String reason = Failures.rootMessage(e);
                    boolean setAside = QuarkusTransaction.requiringNew()
                            .call(() -> store.setAside(oldest.get(), reason, clock.instant()));
                    if (setAside) {
                        LOG.errorf("segment fold queue entry %d (partition %d) fails on its own and was set aside in "
                                + "segment_fold_failed; its complaints are stored and counted, their segments "
                                + "miss them until it is put back: %s", oldest.get(), partition, reason);
                    }
                    return setAside;
                }
            }
            return false;
        } finally {
            folding[partition].unlock();
        }
    }

    /**
     * Folds every partition until nothing is left that this replica can take; returns the complaints folded. Calls
     * are serialised per partition within the service, so when it returns, every entry committed before the call
     * (and not held by another replica) is folded.
     */
    public int drain() {
        int total = 0;
        for (int p = 0; p < partitions; p++) {
            total += drain(p);
        }
        return total;
    }

    private int drain(int partition) {
        folding[partition].lock();
        try {
            int total = 0;
            int folded;
            while ((folded = QuarkusTransaction.requiringNew().call(() -> foldOnce(partition))) > 0) {
                total += folded;
            }
            return total;
        } finally {
            folding[partition].unlock();
        }
    }

    private int foldOnce(int partition) {
        return fold(store.takeQueued(partition, partitions, FOLD_SIZE));
    }

    /** Folds the counted complaints among {@code ids} (taken off the queue by the caller, same transaction). */
    private int fold(List<Long> ids) {
        long t0 = System.nanoTime();
        if (ids.isEmpty()) {
            return 0;
        }
        List<ComplaintStore.Row> rows = store.counted(ids);
        if (rows.isEmpty()) {
            return ids.size();
        }
        long t1 = System.nanoTime();
        Set<Subject> segments = new LinkedHashSet<>();
        for (ComplaintStore.Row r : rows) {
            segments.add(Subject.segment(r.segmentCode()));
        }
        locks.lock(segments);
        long t2 = System.nanoTime();
        // the same bucket rule as a number's re-assessment: source weights, one increment per complaint
        BucketRule.Sums increments = new BucketRule.Sums();
        List<ComplainantSighting> sightings = new ArrayList<>();
        for (ComplaintStore.Row r : rows) {
            // the segment it was stored under, even if the registry's segments changed since
            SegmentResolver storedSegment = n -> Optional.of(r.segmentCode());
            for (HourlyBucket b : bucketRule.increments(r.complaint(), storedSegment)) {
                if (!b.subject().isNumber()) {
                    increments.add(b);
                }
            }
            for (ComplainantSighting sighting : ComplainantSighting.of(r.complaint(), storedSegment)) {
                if (!sighting.subject().isNumber()) {
                    sightings.add(sighting);
                }
            }
        }
        store.addToBuckets(increments.buckets());
        long t3 = System.nanoTime();
        store.trackComplainants(sightings);
        long t4 = System.nanoTime();
        assessment.reassess(segments, clock.instant());
        long t5 = System.nanoTime();
        if (PHASES.isDebugEnabled()) {
            PHASES.debugf("fold of %d complaints, %d segments: read %d ms, locks %d ms, buckets %d ms, "
                            + "complainants %d ms, re-assessment %d ms", rows.size(), segments.size(), ms(t1 - t0),
                    ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t5 - t4));
        }
        return ids.size();
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
