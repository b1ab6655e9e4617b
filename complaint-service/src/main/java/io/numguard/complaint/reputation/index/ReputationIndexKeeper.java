package io.numguard.complaint.reputation.index;

import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.persistence.ReputationIndexRows;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.function.Consumer;

/**
 * Keeps the in-memory {@link ReputationIndex} in line with the database: rebuilt from it at start-up, then changed
 * only after the transaction that changed the database commits (a rolled-back change never reaches the index).
 * Writes are serialised with the rebuild, so an update committed during the rebuild is never overwritten by the
 * older row the rebuild read.
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

    private final Object writeLock = new Object();

    @PostConstruct
    void rebuild() {
        synchronized (writeLock) {
            ReputationIndexRows.Counts n = QuarkusTransaction.requiringNew().call(() -> rows.loadInto(index));
            LOG.infof("reputation index rebuilt: %d segments, %d reputations, %d sub-number filings", n.segments(),
                    n.reputations(), n.filings());
        }
    }

    /** Applies the change once the current transaction has committed; nothing if it rolls back. */
    public void afterCommit(Consumer<ReputationIndex> change) {
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
