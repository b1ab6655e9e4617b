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

import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    private static final int FETCH_SIZE = 10_000;

    private final Object writeLock = new Object();

    @PostConstruct
    void rebuild() {
        synchronized (writeLock) {
            QuarkusTransaction.requiringNew().run(() -> em.unwrap(Session.class).doWork(this::rebuild));
        }
    }

    /**
     * Streams the rows (a cursor, {@value #FETCH_SIZE} rows at a time) instead of reading them into a list first: with
     * 1,000,000 numbers a list of rows alone would need more heap than the service has.
     */
    private void rebuild(Connection c) throws SQLException {
        int segments = 0;
        int reputations = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "select code, status, outbound_authorised, expanded, filings_tracked from segment_registry")) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    index.putSegmentRegistryState(rs.getString(1), SegmentStatus.parse(rs.getString(2)),
                            rs.getBoolean(3), rs.getBoolean(4));
                    index.setSubNumberFilingsTracked(rs.getString(1), rs.getBoolean(5));
                    segments++;
                }
            }
        }
        int filings = 0;
        try (PreparedStatement ps = c.prepareStatement("select number from sub_number_filing")) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    index.putSubNumberFiling(new PhoneNumber(rs.getString(1)), true);
                    filings++;
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                "select subject_kind, subject_code, label, score from reputation")) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Label label = Label.valueOf(rs.getString(3));
                    int score = rs.getInt(4);
                    if ("NUMBER".equals(rs.getString(1))) {
                        index.putNumberReputation(new PhoneNumber(rs.getString(2)), label, score);
                    } else {
                        index.putSegmentReputation(rs.getString(2), label, score);
                    }
                    reputations++;
                }
            }
        }
        LOG.infof("reputation index rebuilt: %d segments, %d reputations, %d sub-number filings", segments,
                reputations, filings);
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
