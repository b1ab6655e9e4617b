package io.numguard.complaint.reputation.persistence;

import io.numguard.complaint.reputation.index.IndexKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reputation index's change announcements between replicas, on PostgreSQL's LISTEN/NOTIFY: a transaction that
 * changes what the index holds announces the keys in the same transaction, so the announcement is delivered when,
 * and only when, it commits, to every replica listening, in commit order. Payload: the sender's replica id, a
 * space, then the keys separated by spaces, in chunks that stay below PostgreSQL's 8,000-byte payload limit.
 */
@ApplicationScoped
public class ReputationIndexNotifications {
    public static final String CHANNEL = "numguard_reputation_index";
    private static final Logger LOG = Logger.getLogger(ReputationIndexNotifications.class);
    private static final int MAX_PAYLOAD = 7_000;

    @Inject
    EntityManager em;
    @Inject
    DataSource dataSource;

    /** Announces the keys, in the caller's transaction (nothing is sent if it rolls back). */
    public void announce(String replicaId, Collection<IndexKey> keys) {
        if (keys.isEmpty()) {
            return;
        }
        List<String> payloads = payloads(replicaId, keys);
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
                for (String p : payloads) {
                    ps.setString(1, CHANNEL);
                    ps.setString(2, p);
                    ps.execute();
                }
            }
        });
    }

    static List<String> payloads(String replicaId, Collection<IndexKey> keys) {
        List<String> payloads = new ArrayList<>();
        StringBuilder b = new StringBuilder(replicaId);
        for (IndexKey k : keys) {
            String w = k.wire();
            if (b.length() + 1 + w.length() > MAX_PAYLOAD) {
                payloads.add(b.toString());
                b = new StringBuilder(replicaId);
            }
            b.append(' ').append(w);
        }
        payloads.add(b.toString());
        return payloads;
    }

    /** One announcement as received: who sent it and which keys. */
    public record Announcement(String replicaId, List<IndexKey> keys) {
        static Announcement parse(String payload) {
            String[] parts = payload.split(" ");
            List<IndexKey> keys = new ArrayList<>(parts.length - 1);
            for (int i = 1; i < parts.length; i++) {
                keys.add(IndexKey.parse(parts[i]));
            }
            return new Announcement(parts[0], keys);
        }
    }

    /**
     * A connection that listens on the channel, for one follower thread. Announcements sent while it was not
     * connected are lost to it: whoever opens one must bring its view up to date from the tables after opening.
     */
    public Listener listen() throws SQLException {
        Connection c = dataSource.getConnection();
        try {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("listen " + CHANNEL);
            }
            return new Listener(c, c.unwrap(PGConnection.class));
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    public static final class Listener implements AutoCloseable {
        private final Connection connection;
        private final PGConnection pg;

        private Listener(Connection connection, PGConnection pg) {
            this.connection = connection;
            this.pg = pg;
        }

        /** Waits up to {@code timeoutMillis} for announcements and hands each to {@code to}. */
        public void poll(int timeoutMillis, Consumer<Announcement> to) throws SQLException {
            PGNotification[] received = pg.getNotifications(timeoutMillis);
            if (received == null) {
                return;
            }
            for (PGNotification n : received) {
                try {
                    to.accept(Announcement.parse(n.getParameter()));
                } catch (IllegalArgumentException e) {
                    LOG.warnf("ignored a malformed reputation-index announcement: %s", e.getMessage());
                }
            }
        }

        @Override
        public void close() {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debugf("closing the listening connection: %s", e.getMessage());
            }
        }
    }
}
