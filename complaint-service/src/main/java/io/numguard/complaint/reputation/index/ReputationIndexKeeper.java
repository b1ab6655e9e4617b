package io.numguard.complaint.reputation.index;

import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.persistence.ReputationIndexNotifications;
import io.numguard.complaint.reputation.persistence.ReputationIndexRows;
import io.numguard.support.db.Failures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Keeps the in-memory {@link ReputationIndex} in line with the database: rebuilt from it at start-up, then changed
 * only after the transaction that changed the database commits (a rolled-back change never reaches the index).
 * Writes are serialised with the rebuild, so an update committed during the rebuild is never overwritten by the
 * older row the rebuild read.
 *
 * <p>Every replica holds its own index, but a change is committed by one replica only (the one that took the request,
 * consumed the event's partition or holds the folder's lease). So each change is also announced, in its
 * transaction, on PostgreSQL's LISTEN/NOTIFY ({@link ReputationIndexNotifications}); every other replica's follower
 * thread re-reads the announced rows and puts them in its index, and re-reads them once more a second later, which
 * repairs the one interleaving where this replica's own after-commit write of an older state lands just after the
 * newer row came in. A follower that loses its connection listens again and then rebuilds, since what was announced
 * meanwhile is lost to it.
 */
@Startup
@ApplicationScoped
public class ReputationIndexKeeper {
    private static final Logger LOG = Logger.getLogger(ReputationIndexKeeper.class);
    /** Per-batch phase timings at DEBUG (see numguard.phase-log-level). */
    private static final Logger PHASES = Logger.getLogger("io.numguard.complaint.phases");

    @Inject
    ReputationIndex index;
    @Inject
    ReputationIndexRows rows;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    ReputationIndexNotifications notifications;

    private final Object writeLock = new Object();
    /** Tells this replica's announcements from the others' (its own changes are in its index already). */
    private final String replicaId = UUID.randomUUID().toString();
    private volatile boolean following = true;
    private Thread follower;

    @PostConstruct
    void start() {
        // listening before the rebuild reads the tables: a change committed in between is announced to us
        ReputationIndexNotifications.Listener listener = listenOrNull();
        rebuild();
        follower = new Thread(() -> follow(listener), "reputation-index-follower");
        follower.setDaemon(true);
        follower.start();
    }

    @PreDestroy
    void stop() {
        following = false;
        if (follower != null) {
            follower.interrupt();
        }
    }

    void rebuild() {
        synchronized (writeLock) {
            ReputationIndexRows.Counts n = QuarkusTransaction.requiringNew().call(() -> rows.loadInto(index));
            LOG.infof("reputation index rebuilt: %d segments, %d reputations, %d sub-number filings", n.segments(),
                    n.reputations(), n.filings());
        }
    }

    /** Re-reads the given entries from the database into the index (the follower's part). */
    void refresh(Collection<IndexKey> keys) {
        synchronized (writeLock) {
            QuarkusTransaction.requiringNew().run(() -> rows.reload(keys, index));
        }
    }

    private ReputationIndexNotifications.Listener listenOrNull() {
        try {
            return notifications.listen();
        } catch (Exception e) {
            LOG.warnf("cannot listen for other replicas' index changes yet (%s); retrying", Failures.rootMessage(e));
            return null;
        }
    }

    /** What a second read is due for: the keys of the other replicas' announcements, a second after arrival. */
    private record Recheck(long dueNanos, List<IndexKey> keys) {
    }

    private void follow(ReputationIndexNotifications.Listener first) {
        ReputationIndexNotifications.Listener listener = first;
        Deque<Recheck> rechecks = new ArrayDeque<>();
        // after a failure: 100 ms, doubling to 5 s while the database stays away (one warning per doubling, not one
        // a second for as long as an outage lasts)
        long backoff = 100;
        while (following) {
            try {
                if (listener == null) {
                    Thread.sleep(backoff);
                    backoff = Math.min(backoff * 2, 5_000);
                    listener = notifications.listen();
                    rebuild();
                }
                Set<IndexKey> fresh = new LinkedHashSet<>();
                listener.poll(250, a -> {
                    if (!replicaId.equals(a.replicaId())) {
                        fresh.addAll(a.keys());
                    }
                });
                // reset only once the connection has really served a poll, not when it merely opened
                backoff = 100;
                long now = System.nanoTime();
                if (!fresh.isEmpty()) {
                    refresh(fresh);
                    rechecks.addLast(new Recheck(now + 1_000_000_000L, List.copyOf(fresh)));
                }
                Set<IndexKey> due = new LinkedHashSet<>();
                while (!rechecks.isEmpty() && rechecks.peekFirst().dueNanos() - now <= 0) {
                    due.addAll(rechecks.pollFirst().keys());
                }
                if (!due.isEmpty()) {
                    refresh(due);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (Exception e) {
                if (!following) {
                    break;
                }
                LOG.warnf("following other replicas' index changes failed (%s); listening again in %d ms",
                        Failures.rootMessage(e), backoff);
                if (listener != null) {
                    listener.close();
                    listener = null;
                }
            }
        }
        if (listener != null) {
            listener.close();
        }
    }

    /**
     * Applies the change once the current transaction has committed; nothing if it rolls back. The keys name what
     * the change touches, announced to the other replicas in the same transaction.
     */
    public void afterCommit(Collection<IndexKey> keys, Consumer<ReputationIndex> change) {
        notifications.announce(replicaId, keys);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    apply(change);
                }
            }
        });
    }

    public void apply(Consumer<ReputationIndex> change) {
        long t0 = System.nanoTime();
        synchronized (writeLock) {
            change.accept(index);
        }
        if (PHASES.isDebugEnabled()) {
            PHASES.debugf("index: apply %d ms", (System.nanoTime() - t0) / 1_000_000);
        }
    }

    public ReputationIndex index() {
        return index;
    }
}
