package io.numguard.support.jobs;

import io.agroal.api.AgroalDataSource;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A piece of work only one replica of a service does at a time (e.g. a partition of complaint-service's segment
 * folder), owned through a PostgreSQL session advisory lock on a connection this lease keeps open: while this replica
 * lives and its connection is up it stays the owner; when the replica dies (SIGKILL included) or its connection
 * breaks, the database ends the session and another replica's next {@link #holdOrAcquire()} takes over. Not
 * thread-safe: one worker thread uses one lease.
 */
public final class ClusterLease implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(ClusterLease.class);
    /** First key of the leases' two-int advisory locks (the second is the name's hash); not the jobs' namespace. */
    static final int LOCK_NAMESPACE = 0x4E474C53; // "NGLS"

    private final AgroalDataSource dataSource;
    private final String name;
    private Connection held;

    public ClusterLease(AgroalDataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** Whether this replica owns the work now: keeps a live lease, or tries to take a free one. */
    public boolean holdOrAcquire() {
        if (held != null) {
            try {
                if (held.isValid(2)) {
                    return true;
                }
            } catch (SQLException e) {
                // treated as lost below
            }
            LOG.warnf("lease %s lost with its database connection; trying to take it again", name);
            closeQuietly();
        }
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
                s.setInt(1, LOCK_NAMESPACE);
                s.setString(2, name);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next() && r.getBoolean(1)) {
                        held = c;
                        LOG.infof("lease %s taken: this replica does that work now", name);
                        return true;
                    }
                }
            }
            c.close();
            return false;
        } catch (SQLException e) {
            if (c != null) {
                try {
                    c.close();
                } catch (SQLException ignored) {
                    // nothing more to do
                }
            }
            return false;
        }
    }

    public boolean isHeld() {
        return held != null;
    }

    /** Gives the work up (unlocks and returns the connection). */
    @Override
    public void close() {
        if (held == null) {
            return;
        }
        try (PreparedStatement s = held.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
            s.setInt(1, LOCK_NAMESPACE);
            s.setString(2, name);
            s.execute();
        } catch (SQLException e) {
            // the session is gone, and its lock with it
        }
        closeQuietly();
    }

    private void closeQuietly() {
        try {
            held.close();
        } catch (SQLException e) {
            // already broken
        }
        held = null;
    }
}
