package io.numguard.complaint.reputation.index;

import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.SegmentStatus;
import io.numguard.contracts.number.PhoneNumber;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.jboss.logging.Logger;

import java.util.List;
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

    @Inject
    ReputationIndex index;
    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final Object writeLock = new Object();

    @PostConstruct
    void rebuild() {
        synchronized (writeLock) {
            QuarkusTransaction.requiringNew().run(() -> {
                @SuppressWarnings("unchecked")
                List<Object[]> segments = em.createNativeQuery(
                        "select code, status, outbound_authorised, expanded from segment_registry").getResultList();
                for (Object[] r : segments) {
                    index.putSegmentRegistryState((String) r[0], SegmentStatus.parse((String) r[1]),
                            (Boolean) r[2], (Boolean) r[3]);
                }
                @SuppressWarnings("unchecked")
                List<Object[]> reputations = em.createNativeQuery(
                        "select subject_kind, subject_code, label, score from reputation").getResultList();
                for (Object[] r : reputations) {
                    Label label = Label.valueOf((String) r[2]);
                    int score = ((Number) r[3]).intValue();
                    if ("NUMBER".equals(r[0])) {
                        index.putNumberReputation(new PhoneNumber((String) r[1]), label, score);
                    } else {
                        index.putSegmentReputation((String) r[1], label, score);
                    }
                }
                LOG.infof("reputation index rebuilt: %d segments, %d reputations", segments.size(),
                        reputations.size());
            });
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
        synchronized (writeLock) {
            change.accept(index);
        }
    }

    public ReputationIndex index() {
        return index;
    }
}
