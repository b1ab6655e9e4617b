package io.numguard.support.opendata;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The read model behind the open-data feeds (table {@code open_feed_entry}): written in the caller's transaction,
 * together with the change it publishes, so the feed never shows a change that rolled back nor misses one that
 * committed. Each key keeps only its latest change (or its removal), stamped with a cursor drawn under a per-feed
 * advisory lock held until commit: cursors therefore commit in increasing order and {@code ?since=} never skips one.
 */
@ApplicationScoped
public class FeedLog {
    /** Advisory-lock namespace (two-int form, apart from the services' one-bigint locks): "od". */
    static final int LOCK_NAMESPACE = 0x6f64;

    @Inject
    EntityManager em;
    @Inject
    Event<FeedChanged> changed;
    @Inject
    Clock clock;

    /** Fired inside the writing transaction when a feed changed; the cache rebuilds after commit. */
    public record FeedChanged(String feed) {
    }

    /** The row (values in the spec's column order, key first) is in the feed; a no-op when it already is. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean put(FeedSpec spec, List<String> values) {
        return apply(spec, List.of(values), List.of()) > 0;
    }

    /** The key is no longer in the feed: a removal a mirror will see; a no-op when it is not in it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean remove(FeedSpec spec, String key) {
        return apply(spec, List.of(), List.of(key)) > 0;
    }

    /**
     * Upserts and removals in one go (a fold can change the labels of hundreds of segments). Returns how many
     * entries changed; rows equal to what the feed holds and removals of absent keys change nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int apply(FeedSpec spec, Collection<List<String>> rows, Collection<String> removals) {
        if (rows.isEmpty() && removals.isEmpty()) {
            return 0;
        }
        for (List<String> row : rows) {
            if (row.size() != spec.columns().size() || row.get(0) == null) {
                throw new IllegalArgumentException(spec.name() + ": a row has the key and " + spec.columns().size()
                        + " columns, not " + row);
            }
        }
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(clock), ZoneOffset.UTC);
        int[] n = {0};
        em.unwrap(Session.class).doWork(c -> {
            lock(c, spec);
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into open_feed_entry (feed, key, cursor, removed, changed_at, fields)
                    values (?, ?, nextval('open_feed_cursor'), false, ?, ?)
                    on conflict (feed, key) do update
                      set cursor = excluded.cursor, removed = false, changed_at = excluded.changed_at,
                          fields = excluded.fields
                      where open_feed_entry.removed or open_feed_entry.fields is distinct from excluded.fields""")) {
                for (List<String> row : rows) {
                    ps.setString(1, spec.name());
                    ps.setString(2, row.get(0));
                    ps.setObject(3, now);
                    ps.setArray(4, c.createArrayOf("text", row.toArray()));
                    ps.addBatch();
                }
                n[0] += sum(rows.isEmpty() ? new int[0] : ps.executeBatch());
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    update open_feed_entry set removed = true, cursor = nextval('open_feed_cursor'), changed_at = ?
                    where feed = ? and key = ? and not removed""")) {
                for (String key : removals) {
                    ps.setObject(1, now);
                    ps.setString(2, spec.name());
                    ps.setString(3, key);
                    ps.addBatch();
                }
                n[0] += sum(removals.isEmpty() ? new int[0] : ps.executeBatch());
            }
        });
        if (n[0] > 0) {
            changed.fire(new FeedChanged(spec.name()));
        }
        return n[0];
    }

    /**
     * Makes the feed hold exactly these rows (keys absent from them are removed): how a service builds its feed from
     * its own tables at start, for data that predates the feed or was loaded around the service. Returns how many
     * entries changed.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int reconcile(FeedSpec spec, Collection<List<String>> rows) {
        Map<String, List<String>> live = new HashMap<>();
        em.unwrap(Session.class).doWork(c -> {
            lock(c, spec);
            for (FeedEntry e : read(c, spec)) {
                if (!e.removed()) {
                    live.put(e.key(), e.values());
                }
            }
        });
        List<List<String>> upserts = new ArrayList<>();
        Set<String> keep = new HashSet<>();
        for (List<String> row : rows) {
            keep.add(row.get(0));
            if (!Objects.equals(live.get(row.get(0)), row)) {
                upserts.add(row);
            }
        }
        List<String> removals = live.keySet().stream().filter(k -> !keep.contains(k)).sorted().toList();
        return apply(spec, upserts, removals);
    }

    /** Every entry of the feed, removals included, in cursor order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedEntry> entries(FeedSpec spec) {
        List<FeedEntry> out = new ArrayList<>();
        em.unwrap(Session.class).doWork(c -> out.addAll(read(c, spec)));
        return out;
    }

    /** The feed's latest cursor (0 when empty): cheap, for replicas to notice each other's changes. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long cursor(FeedSpec spec) {
        Object v = em.createNativeQuery("select coalesce(max(cursor), 0) from open_feed_entry where feed = ?1")
                .setParameter(1, spec.name()).getSingleResult();
        return ((Number) v).longValue();
    }

    private static void lock(Connection c, FeedSpec spec) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_advisory_xact_lock(?, hashtext(?))")) {
            ps.setInt(1, LOCK_NAMESPACE);
            ps.setString(2, spec.name());
            ps.execute();
        }
    }

    private static List<FeedEntry> read(Connection c, FeedSpec spec) throws SQLException {
        List<FeedEntry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                select key, cursor, removed, changed_at, fields from open_feed_entry where feed = ? order by cursor""")) {
            ps.setString(1, spec.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Array a = rs.getArray(5);
                    List<String> values = Arrays.asList((String[]) a.getArray());
                    out.add(new FeedEntry(rs.getString(1), rs.getLong(2), rs.getBoolean(3),
                            rs.getObject(4, OffsetDateTime.class).toInstant(), values));
                }
            }
        }
        return out;
    }

    private static int sum(int[] counts) {
        int s = 0;
        for (int x : counts) {
            // a rewritten batch reports SUCCESS_NO_INFO: count it as changed (a spurious rebuild costs little)
            s += x == java.sql.Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, x);
        }
        return s;
    }
}
