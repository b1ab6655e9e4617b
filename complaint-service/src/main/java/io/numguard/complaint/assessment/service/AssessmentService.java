package io.numguard.complaint.assessment.service;

import io.numguard.complaint.aggregate.BucketRule;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.aggregate.Window;
import io.numguard.complaint.assessment.Reassessment;
import io.numguard.complaint.assessment.Reassessor;
import io.numguard.complaint.assessment.persistence.AssessmentStore;
import io.numguard.complaint.config.ComplaintSettings;
import io.numguard.complaint.opendata.service.SegmentLabelsFeed;
import io.numguard.complaint.persistence.SubjectLocks;
import io.numguard.complaint.reputation.LabelChange;
import io.numguard.complaint.reputation.index.IndexKey;
import io.numguard.complaint.reputation.index.ReputationIndexKeeper;
import io.numguard.complaint.threshold.ThresholdKey;
import io.numguard.complaint.threshold.ThresholdState;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.ThresholdExceeded;
import io.numguard.support.jobs.ClusterJobs;
import io.numguard.support.outbox.Outbox;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import io.numguard.complaint.reputation.Reputation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Re-assesses subjects: window totals, threshold crossings (signal once per crossing), reputation and label change,
 * all stored with their events in the caller's transaction; the in-memory index follows after commit.
 */
@ApplicationScoped
public class AssessmentService {
    static final int CHUNK = 500;
    private static final Logger LOG = Logger.getLogger(AssessmentService.class);
    /** Per-batch phase timings at DEBUG (see numguard.phase-log-level). */
    private static final Logger PHASES = Logger.getLogger("io.numguard.complaint.phases");

    @Inject
    AssessmentStore store;
    @Inject
    Reassessor reassessor;
    @Inject
    BucketRule bucketRule;
    @Inject
    Outbox outbox;
    @Inject
    ReputationIndexKeeper keeper;
    @Inject
    SubjectLocks locks;
    @Inject
    SegmentLabelsFeed labelsFeed;
    @Inject
    Clock clock;
    @Inject
    ClusterJobs jobs;
    @Inject
    ComplaintSettings settings;

    private volatile boolean stopping;

    /**
     * Re-assesses subjects (one, or the thousands a carrier's batch touches): read in bulk, decide per subject with
     * the pure pipeline, write threshold states and reputations in one statement each. Quiet numbers (see
     * {@link BucketRule}) are skipped: their outcome is known to be nothing. Returns the others'. The subjects must already be
     * locked by the caller ({@link SubjectLocks}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Reassessment> reassess(Collection<Subject> subjects, Instant now) {
        return reassess(subjects, now, null);
    }

    /**
     * @param numberComplaints the numbers' counted complaints of (at least) the longest window, if the caller has
     *                         read them already (the intake does, to de-duplicate); null to read them here
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Reassessment> reassess(Collection<Subject> subjects, Instant now,
                                       Map<String, List<AssessmentStore.Counted>> numberComplaints) {
        long t0 = System.nanoTime();
        AssessmentStore.Snapshot snapshot = store.load(subjects, Window.longest().from(now), numberComplaints,
                bucketRule);
        Map<String, String> policeCases = store.policeCases(subjects.stream()
                .filter(s -> s.isNumber() && !snapshot.quiet().contains(s)).map(Subject::code).toList(),
                reassessor.labelWindow(SubjectKind.NUMBER).from(now));
        long t1 = System.nanoTime();
        List<Reassessment> out = new ArrayList<>(subjects.size());
        Map<Subject, Reputation> keep = new LinkedHashMap<>();
        List<Subject> forget = new ArrayList<>();
        Map<ThresholdKey, ThresholdState> states = new HashMap<>();
        List<Outbox.Message> events = new ArrayList<>();
        for (Subject subject : subjects) {
            if (snapshot.quiet().contains(subject)) {
                // nothing to decide (most numbers of a carrier batch: one or two marks in 30 days)
                continue;
            }
            Reassessment r = reassessor.reassess(subject, snapshot.bucketsOf(subject), snapshot.complainantsOf(subject),
                    snapshot.thresholdsOf(subject), snapshot.labels().get(subject),
                    subject.isNumber() ? policeCases.get(subject.code()) : null, now);
            states.putAll(r.thresholds().changes());
            messagesOf(r, events);
            if (r.keepsReputation()) {
                keep.put(subject, r.reputation());
            } else if (snapshot.labels().containsKey(subject)) {
                forget.add(subject);
            }
            out.add(r);
        }
        outbox.publishAll(events);
        // the public segment-labels feed, with the same label changes, in the same transaction
        labelsFeed.follow(out, now);
        long t2 = System.nanoTime();
        store.saveThresholdStates(states, now);
        store.saveReputations(keep, forget, now);
        long t3 = System.nanoTime();
        if (PHASES.isDebugEnabled()) {
            PHASES.debugf("%d subjects (%d quiet): load %d ms, decide and publish %d ms, save %d ms",
                    subjects.size(), snapshot.quiet().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                    (t3 - t2) / 1_000_000);
        }
        keeper.afterCommit(out.stream().map(r -> r.subject().isNumber()
                ? IndexKey.numberReputation(r.subject().code())
                : IndexKey.segmentReputation(r.subject().code())).toList(), index -> out.forEach(r -> r.applyTo(index)));
        return out;
    }

    /** The subject's threshold crossings and label change, in that order. */
    private static void messagesOf(Reassessment r, List<Outbox.Message> out) {
        for (ThresholdExceeded crossing : r.thresholds().crossings()) {
            out.add(new Outbox.Message(EventType.SIGNAL_THRESHOLD_EXCEEDED, crossing.segmentCode(), crossing));
        }
        if (r.labelChange().isPresent()) {
            LabelChange change = r.labelChange().get();
            out.add(change instanceof LabelChange.Publish p
                    ? new Outbox.Message(EventType.REPUTATION_LABEL, p.key(), p.event())
                    : Outbox.Message.tombstone(EventType.REPUTATION_LABEL, change.key()));
        }
    }

    /** The hourly pass: windows drain with time, so thresholds re-arm and labels clear (tombstones). */
    @Scheduled(every = "${numguard.complaints.reassessment-interval:1h}",
            delayed = "${numguard.complaints.reassessment-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledReassessment() {
        // once per period across replicas ({@link ClusterJobs}): a second replica's pass would only redo the work
        jobs.runOncePerTick("complaint.reassessment", settings.reassessmentInterval(), () -> reassessAll(clock.instant()));
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    /**
     * Every subject with a label or a signalled threshold, in chunks of {@value #CHUNK}, each chunk locked and
     * re-assessed in its own transaction; then the complainants last seen before the longest window are forgotten.
     * Returns how many subjects were re-assessed.
     */
    public int reassessAll(Instant now) {
        List<Subject> subjects = QuarkusTransaction.requiringNew().call(store::subjectsToRevisit);
        int done = 0;
        for (int from = 0; from < subjects.size() && !stopping; from += CHUNK) {
            List<Subject> chunk = subjects.subList(from, Math.min(subjects.size(), from + CHUNK));
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    locks.lock(chunk);
                    reassess(chunk, now);
                });
                done += chunk.size();
            } catch (RuntimeException e) {
                LOG.warnf("re-assessment of %d subjects from %s failed, the next pass retries: %s", chunk.size(),
                        chunk.get(0), e.getMessage());
            }
        }
        if (!stopping) {
            Instant from = Window.longest().from(now);
            int forgotten = QuarkusTransaction.requiringNew().call(() -> store.forgetComplainantsBefore(from));
            LOG.debugf("forgot %d complainant rows older than %s", forgotten, from);
        }
        return done;
    }
}
