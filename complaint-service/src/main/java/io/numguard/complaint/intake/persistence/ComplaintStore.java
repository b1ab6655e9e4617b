package io.numguard.complaint.intake.persistence;

import io.numguard.complaint.aggregate.ComplainantSighting;
import io.numguard.complaint.aggregate.DistinctComplainants;
import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.persistence.Sql;
import io.numguard.contracts.number.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Complaint rows, the daily de-duplication and the segments' hourly buckets and latest sightings; plain JDBC in the
 * current transaction.
 */
@ApplicationScoped
public class ComplaintStore {
    @Inject
    EntityManager em;

    /** A complaint with what is stored beside the domain record. */
    public record Row(Complaint complaint, String segmentCode, String phoneHash, Instant calledAt, String text,
                      String claimedIdentity, String referralId) {
    }

    /**
     * Inserts the rows, each counted or not as the caller decided ({@code counted[i]}), with ids drawn from the
     * sequence first so that every row's id is known. A referral row that is already stored (same referral and
     * number) is not inserted again. Returns per row its id, 0 when it was not inserted.
     */
    public long[] insert(List<Row> rows, boolean[] counted, Instant now) {
        if (counted.length != rows.size()) {
            throw new IllegalArgumentException("one counted flag per row");
        }
        long[] ids = new long[rows.size()];
        if (!rows.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> insert(c, rows, counted, now, ids));
        }
        return ids;
    }

    /** Takes back the count of rows that turned out not to be the first of their day (see ComplaintRecorder). */
    public void uncount(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update complaint set counted = false where id = any(?::bigint[])")) {
                ps.setObject(1, Sql.longs(List.copyOf(ids)), Types.OTHER);
                ps.executeUpdate();
            }
        });
    }

    /** Queues counted complaints for the segment folder: one queue row per partition, in the caller's transaction. */
    public void queueForSegments(Map<Integer, List<Long>> idsByPartition, Instant now) {
        if (idsByPartition.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into segment_fold_queue (part, complaint_ids, queued_at) values (?, ?::bigint[], ?)")) {
                for (Map.Entry<Integer, List<Long>> e : idsByPartition.entrySet()) {
                    ps.setInt(1, e.getKey());
                    ps.setObject(2, Sql.longs(e.getValue()), Types.OTHER);
                    ps.setObject(3, Sql.ts(now));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Takes queue entries of one partition ({@code part % partitions = partition}), oldest first, until about
     * {@code max} complaints (at least one entry), skipping entries another transaction holds, and deletes them in
     * the caller's transaction (back in the queue if it rolls back). Returns their complaint ids; empty when nothing
     * is queued.
     */
    public List<Long> takeQueued(int partition, int partitions, int max) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Long> entries = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("""
                    select id, cardinality(complaint_ids) from segment_fold_queue where part % ? = ?
                    order by id limit 1000 for update skip locked""")) {
                ps.setInt(1, partitions);
                ps.setInt(2, partition);
                try (ResultSet rs = ps.executeQuery()) {
                    long complaints = 0;
                    while (rs.next() && (entries.isEmpty() || complaints + rs.getLong(2) <= max)) {
                        entries.add(rs.getLong(1));
                        complaints += rs.getLong(2);
                    }
                }
            }
            List<Long> ids = new ArrayList<>();
            if (entries.isEmpty()) {
                return ids;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from segment_fold_queue where id = any(?::bigint[]) returning complaint_ids")) {
                ps.setObject(1, Sql.longs(entries), Types.OTHER);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        for (Long id : (Long[]) rs.getArray(1).getArray()) {
                            ids.add(id);
                        }
                    }
                }
            }
            return ids;
        });
    }

    /** Takes one queue entry by id (waits if another transaction holds it); empty if it is no longer queued. */
    public List<Long> takeQueuedEntry(long entryId) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "delete from segment_fold_queue where id = ? returning complaint_ids")) {
                ps.setLong(1, entryId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.addAll(Arrays.asList((Long[]) rs.getArray(1).getArray()));
                    }
                }
            }
            return ids;
        });
    }

    /** The oldest queue entry of a partition (see {@link #takeQueued}), if any; not locked. */
    public Optional<Long> oldestQueued(int partition, int partitions) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select min(id) from segment_fold_queue where part % ? = ?")) {
                ps.setInt(1, partitions);
                ps.setInt(2, partition);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    long id = rs.getLong(1);
                    return rs.wasNull() ? Optional.<Long>empty() : Optional.of(id);
                }
            }
        });
    }

    /** Moves a queue entry to {@code segment_fold_failed} with the reason; false if it is no longer queued. */
    public boolean setAside(long entryId, String error, Instant now) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    with failed as (delete from segment_fold_queue where id = ? returning *)
                    insert into segment_fold_failed (id, part, complaint_ids, queued_at, failed_at, error)
                    select id, part, complaint_ids, queued_at, ?, ? from failed""")) {
                ps.setLong(1, entryId);
                ps.setObject(2, Sql.ts(now));
                ps.setString(3, error);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** The counted complaints among these ids, each with the segment it was stored under. */
    public List<Row> counted(List<Long> ids) {
        List<Row> out = new ArrayList<>(ids.size());
        if (ids.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select number, segment_code, category, source, complainant_hash, reporter, at from complaint
                    where id = any(?::bigint[]) and counted""")) {
                ps.setObject(1, Sql.longs(ids), Types.OTHER);
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Complaint complaint = new Complaint(new PhoneNumber(rs.getString(1)),
                                ComplaintCategory.valueOf(rs.getString(3)), ComplaintSource.valueOf(rs.getString(4)),
                                rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant());
                        out.add(new Row(complaint, rs.getString(2), null, null, null, null, null));
                    }
                }
            }
        });
        return out;
    }

    /** One statement with array parameters ({@code unnest}), whatever the number of rows. */
    private static void insert(Connection c, List<Row> rows, boolean[] counted, Instant now, long[] ids)
            throws SQLException {
        List<Long> id = new ArrayList<>(rows.size());
        try (PreparedStatement ps = c.prepareStatement(
                "select nextval('complaint_id_seq') from generate_series(1, ?)")) {
            ps.setInt(1, rows.size());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    id.add(rs.getLong(1));
                }
            }
        }
        int n = rows.size();
        List<String> number = new ArrayList<>(n), segment = new ArrayList<>(n), category = new ArrayList<>(n),
                source = new ArrayList<>(n), complainant = new ArrayList<>(n), phone = new ArrayList<>(n),
                reporter = new ArrayList<>(n), text = new ArrayList<>(n), claimed = new ArrayList<>(n),
                referral = new ArrayList<>(n);
        List<Long> at = new ArrayList<>(n), calledAt = new ArrayList<>(n);
        List<Boolean> countedList = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            Complaint cp = row.complaint();
            number.add(cp.number().digits());
            segment.add(row.segmentCode());
            category.add(cp.category().name());
            source.add(cp.source().name());
            complainant.add(cp.complainantHash());
            phone.add(row.phoneHash());
            reporter.add(cp.reporter());
            at.add(Sql.micros(cp.at()));
            calledAt.add(Sql.micros(row.calledAt()));
            countedList.add(counted[i]);
            text.add(row.text());
            claimed.add(row.claimedIdentity());
            referral.add(row.referralId());
        }
        try (PreparedStatement ps = c.prepareStatement("""
                insert into complaint (id, number, segment_code, category, source, complainant_hash,
                    complainant_phone_hash, reporter, at, called_at, counted, text, claimed_identity,
                    referral_id, created_at)
                select id, number, segment_code, category, source, complainant_hash, complainant_phone_hash, reporter,
                       %s, %s, counted, text, claimed_identity, referral_id, ?
                from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::bigint[], ?::bigint[], ?::boolean[], ?::text[], ?::text[], ?::text[])
                     as t(id, number, segment_code, category, source, complainant_hash, complainant_phone_hash,
                          reporter, at, called_at, counted, text, claimed_identity, referral_id)
                on conflict (referral_id, number) where referral_id is not null do nothing
                returning id""".formatted(Sql.fromMicros("t.at"), Sql.fromMicros("t.called_at")))) {
            int p = 1;
            ps.setObject(p++, Sql.ts(now));
            ps.setObject(p++, Sql.longs(id), Types.OTHER);
            for (List<String> column : List.of(number, segment, category, source, complainant, phone, reporter)) {
                ps.setObject(p++, Sql.texts(column), Types.OTHER);
            }
            ps.setObject(p++, Sql.longs(at), Types.OTHER);
            ps.setObject(p++, Sql.longs(calledAt), Types.OTHER);
            ps.setObject(p++, Sql.booleans(countedList), Types.OTHER);
            for (List<String> column : List.of(text, claimed, referral)) {
                ps.setObject(p++, Sql.texts(column), Types.OTHER);
            }
            Set<Long> stored = new HashSet<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(rs.getLong(1));
                }
            }
            for (int i = 0; i < n; i++) {
                ids[i] = stored.contains(id.get(i)) ? id.get(i) : 0;
            }
        }
    }

    /** {@code count = count + x}: the buckets must be merged per key by the caller (one row per key). */
    public void addToBuckets(Collection<HourlyBucket> increments) {
        if (increments.isEmpty()) {
            return;
        }
        int n = increments.size();
        List<String> kind = new ArrayList<>(n), code = new ArrayList<>(n), category = new ArrayList<>(n),
                source = new ArrayList<>(n);
        List<Long> hour = new ArrayList<>(n), count = new ArrayList<>(n), weighted = new ArrayList<>(n);
        for (HourlyBucket b : increments) {
            kind.add(b.subject().kind().name());
            code.add(b.subject().code());
            hour.add(Sql.micros(b.hour()));
            category.add(b.category().name());
            source.add(b.source().name());
            count.add(b.count());
            weighted.add(b.weighted());
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into complaint_bucket (subject_kind, subject_code, hour, category, source, count, weighted)
                    select k, s, %s, cat, src, n, w
                    from unnest(?::text[], ?::text[], ?::bigint[], ?::text[], ?::text[], ?::bigint[], ?::bigint[])
                         as t(k, s, h, cat, src, n, w)
                    on conflict (subject_kind, subject_code, hour, category, source) do update
                    set count = complaint_bucket.count + excluded.count,
                        weighted = complaint_bucket.weighted + excluded.weighted""".formatted(Sql.fromMicros("t.h")))) {
                ps.setObject(1, Sql.texts(kind), Types.OTHER);
                ps.setObject(2, Sql.texts(code), Types.OTHER);
                ps.setObject(3, Sql.longs(hour), Types.OTHER);
                ps.setObject(4, Sql.texts(category), Types.OTHER);
                ps.setObject(5, Sql.texts(source), Types.OTHER);
                ps.setObject(6, Sql.longs(count), Types.OTHER);
                ps.setObject(7, Sql.longs(weighted), Types.OTHER);
                ps.executeUpdate();
            }
        });
    }

    /**
     * Keeps each complainant's latest sighting of each segment and the per-hour counts, in one statement: the
     * {@link DistinctComplainants#apply} rule (a complainant moves from the hour of their stored latest sighting to a
     * later one; an earlier or equal sighting changes nothing) done where the rows are, so no latest sighting travels
     * to the service and back. The segments must be locked. (A number's distinct complainants are counted from its
     * complaints when it is re-assessed.)
     */
    public void trackComplainants(Collection<ComplainantSighting> sightings) {
        if (sightings.stream().anyMatch(x -> x.subject().isNumber())) {
            throw new IllegalArgumentException("only segments keep latest sightings");
        }
        if (sightings.isEmpty()) {
            return;
        }
        List<String> code = new ArrayList<>(sightings.size()), hash = new ArrayList<>(sightings.size());
        List<Long> hour = new ArrayList<>(sightings.size());
        for (ComplainantSighting x : sightings) {
            code.add(x.subject().code());
            hash.add(x.complainantHash());
            hour.add(Sql.micros(HourlyBucket.hourOf(x.at())));
        }
        em.unwrap(Session.class).doWork(c -> {
            // moved: complainants new to the segment or seen in a later hour than stored; deltas: +1 in the new hour,
            // -1 in the old one, netted per hour (one row per hour, so each complainant_hour row is touched once)
            try (PreparedStatement ps = c.prepareStatement("""
                    with seen as (
                        select s, h, max(l) as l from unnest(?::text[], ?::text[], ?::bigint[]) as t(s, h, l)
                        group by s, h),
                    moved as (
                        select seen.s, seen.h, old.last_hour as before, %s as after
                        from seen left join complainant_latest old on old.subject_kind = 'SEGMENT'
                            and old.subject_code = seen.s and old.complainant_hash = seen.h
                        where old.last_hour is null or old.last_hour < %s),
                    latest as (
                        insert into complainant_latest (subject_kind, subject_code, complainant_hash, last_hour)
                        select 'SEGMENT', s, h, after from moved
                        on conflict (subject_kind, subject_code, complainant_hash)
                        do update set last_hour = excluded.last_hour),
                    deltas as (
                        select s, hour, sum(d) as d
                        from (select s, after as hour, 1 as d from moved
                              union all
                              select s, before, -1 from moved where before is not null) as x
                        group by s, hour having sum(d) <> 0),
                    left_hours as (
                        update complainant_hour h set complainants = greatest(0, h.complainants + deltas.d)
                        from deltas where deltas.d < 0 and h.subject_kind = 'SEGMENT' and h.subject_code = deltas.s
                            and h.hour = deltas.hour)
                    insert into complainant_hour (subject_kind, subject_code, hour, complainants)
                    select 'SEGMENT', s, hour, d from deltas where d > 0
                    on conflict (subject_kind, subject_code, hour)
                    do update set complainants = complainant_hour.complainants + excluded.complainants"""
                    .formatted(Sql.fromMicros("seen.l"), Sql.fromMicros("seen.l")))) {
                ps.setObject(1, Sql.texts(code), Types.OTHER);
                ps.setObject(2, Sql.texts(hash), Types.OTHER);
                ps.setObject(3, Sql.longs(hour), Types.OTHER);
                ps.executeUpdate();
            }
        });
    }

}
