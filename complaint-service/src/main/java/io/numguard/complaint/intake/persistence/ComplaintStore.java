package io.numguard.complaint.intake.persistence;

import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.intake.Complaint;
import io.numguard.complaint.intake.DedupeKey;
import io.numguard.complaint.persistence.Sql;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Complaint rows, the daily de-duplication and the hourly buckets; plain JDBC in the current transaction. */
@ApplicationScoped
public class ComplaintStore {
    @Inject
    EntityManager em;

    /** A complaint with what is stored beside the domain record. */
    public record Row(Complaint complaint, String segmentCode, String phoneHash, Instant calledAt, String text,
                      String claimedIdentity, String referralId) {
    }

    /**
     * Inserts the rows in order. A row with a de-duplication key counts only if its key is new today; a referral
     * row that is already stored (same referral and number) is not inserted again. Returns per row its id (0 when
     * not inserted) and whether it counts.
     */
    public List<long[]> insert(List<Row> rows, Instant now) {
        List<long[]> out = new ArrayList<>(rows.size());
        em.unwrap(Session.class).doWork(c -> insert(c, rows, now, out));
        return out;
    }

    private static final String DEDUPE_SQL =
            "insert into complaint_dedupe (complainant_hash, number, day) values (?, ?, ?) on conflict do nothing";
    private static final String COMPLAINT_SQL = """
            insert into complaint (number, segment_code, category, source, complainant_hash,
                complainant_phone_hash, reporter, at, called_at, counted, text, claimed_identity,
                referral_id, created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (referral_id, number) where referral_id is not null do nothing""";

    private static void insert(Connection c, List<Row> rows, Instant now, List<long[]> out) throws SQLException {
        if (rows.size() > 1) {
            insertBatch(c, rows, now, out);
            return;
        }
        try (PreparedStatement dedupe = c.prepareStatement(DEDUPE_SQL);
             PreparedStatement complaint = c.prepareStatement(COMPLAINT_SQL + " returning id")) {
            for (Row row : rows) {
                Complaint cp = row.complaint();
                boolean counted = true;
                if (cp.dedupeKey().isPresent()) {
                    DedupeKey k = cp.dedupeKey().get();
                    dedupe.setString(1, k.complainantHash());
                    dedupe.setString(2, k.number());
                    dedupe.setObject(3, k.day());
                    counted = dedupe.executeUpdate() == 1;
                }
                bind(complaint, row, counted, now);
                long id = 0;
                try (ResultSet rs = complaint.executeQuery()) {
                    if (rs.next()) {
                        id = rs.getLong(1);
                    }
                }
                out.add(new long[]{id, id != 0 && counted ? 1 : 0});
            }
        }
    }

    /** Many rows (a carrier's batch, a referral): JDBC batches, no ids. */
    private static void insertBatch(Connection c, List<Row> rows, Instant now, List<long[]> out)
            throws SQLException {
        boolean[] counted = new boolean[rows.size()];
        java.util.Arrays.fill(counted, true);
        try (PreparedStatement dedupe = c.prepareStatement(DEDUPE_SQL)) {
            List<Integer> keyed = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                var key = rows.get(i).complaint().dedupeKey();
                if (key.isPresent()) {
                    dedupe.setString(1, key.get().complainantHash());
                    dedupe.setString(2, key.get().number());
                    dedupe.setObject(3, key.get().day());
                    dedupe.addBatch();
                    keyed.add(i);
                }
            }
            if (!keyed.isEmpty()) {
                int[] inserted = dedupe.executeBatch();
                for (int j = 0; j < inserted.length; j++) {
                    counted[keyed.get(j)] = inserted[j] == 1;
                }
            }
        }
        try (PreparedStatement complaint = c.prepareStatement(COMPLAINT_SQL)) {
            for (int i = 0; i < rows.size(); i++) {
                bind(complaint, rows.get(i), counted[i], now);
                complaint.addBatch();
            }
            int[] inserted = complaint.executeBatch();
            for (int i = 0; i < rows.size(); i++) {
                boolean stored = inserted[i] != 0; // SUCCESS_NO_INFO (-2) counts as stored
                out.add(new long[]{0, stored && counted[i] ? 1 : 0});
            }
        }
    }

    private static void bind(PreparedStatement complaint, Row row, boolean counted, Instant now)
            throws SQLException {
        Complaint cp = row.complaint();
        complaint.setString(1, cp.number().digits());
        complaint.setString(2, row.segmentCode());
        complaint.setString(3, cp.category().name());
        complaint.setString(4, cp.source().name());
        setNullable(complaint, 5, cp.complainantHash());
        setNullable(complaint, 6, row.phoneHash());
        setNullable(complaint, 7, cp.reporter());
        complaint.setObject(8, Sql.ts(cp.at()));
        if (row.calledAt() == null) {
            complaint.setNull(9, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            complaint.setObject(9, Sql.ts(row.calledAt()));
        }
        complaint.setBoolean(10, counted);
        setNullable(complaint, 11, row.text());
        setNullable(complaint, 12, row.claimedIdentity());
        setNullable(complaint, 13, row.referralId());
        complaint.setObject(14, Sql.ts(now));
    }

    /** {@code count = count + x}: the buckets must be merged per key by the caller. */
    public void addToBuckets(Collection<HourlyBucket> increments) {
        if (increments.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    insert into complaint_bucket (subject_kind, subject_code, hour, category, source, count, weighted)
                    values (?, ?, ?, ?, ?, ?, ?)
                    on conflict (subject_kind, subject_code, hour, category, source) do update
                    set count = complaint_bucket.count + excluded.count,
                        weighted = complaint_bucket.weighted + excluded.weighted""")) {
                for (HourlyBucket b : increments) {
                    ps.setString(1, b.subject().kind().name());
                    ps.setString(2, b.subject().code());
                    ps.setObject(3, Sql.ts(b.hour()));
                    ps.setString(4, b.category().name());
                    ps.setString(5, b.source().name());
                    ps.setLong(6, b.count());
                    ps.setLong(7, b.weighted());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    private static void setNullable(PreparedStatement ps, int i, String v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, v);
        }
    }
}
