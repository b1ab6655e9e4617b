package io.numguard.complaint.reputation.persistence;

import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.ReputationIndex;
import io.numguard.complaint.reputation.index.IndexKey;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.number.PhoneNumber;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rows the in-memory reputation index is built from: segment states, sub-number filings, reputations. */
@ApplicationScoped
public class ReputationIndexRows {
    private static final int FETCH_SIZE = 10_000;

    @Inject
    EntityManager em;

    public record Counts(int segments, int reputations, int filings) {
    }

    /** Puts every stored row into the index, in the caller's transaction. */
    public Counts loadInto(ReputationIndex index) {
        return em.unwrap(Session.class).doReturningWork(c -> load(c, index));
    }

    /**
     * Streams the rows (a cursor, {@value #FETCH_SIZE} rows at a time) instead of reading them into a list first: with
     * 1,000,000 numbers a list of rows alone would need more heap than the service has.
     */
    private Counts load(Connection c, ReputationIndex index) throws SQLException {
        int segments = 0;
        int reputations = 0;
        try (PreparedStatement ps = c.prepareStatement(SEGMENTS)) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    putSegment(rs, index);
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
        try (PreparedStatement ps = c.prepareStatement(REPUTATIONS)) {
            ps.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    putReputation(rs, index);
                    reputations++;
                }
            }
        }
        return new Counts(segments, reputations, filings);
    }

    private static final String SEGMENTS =
            "select code, status, outbound_authorised, expanded, filings_tracked from segment_registry";
    private static final String REPUTATIONS = "select subject_kind, subject_code, label, score from reputation";

    private static void putSegment(ResultSet rs, ReputationIndex index) throws SQLException {
        index.putSegmentRegistryState(rs.getString(1), SegmentStatus.parse(rs.getString(2)), rs.getBoolean(3),
                rs.getBoolean(4));
        index.setSubNumberFilingsTracked(rs.getString(1), rs.getBoolean(5));
    }

    private static void putReputation(ResultSet rs, ReputationIndex index) throws SQLException {
        Label label = Label.valueOf(rs.getString(3));
        int score = rs.getInt(4);
        if ("NUMBER".equals(rs.getString(1))) {
            index.putNumberReputation(new PhoneNumber(rs.getString(2)), label, score);
        } else {
            index.putSegmentReputation(rs.getString(2), label, score);
        }
    }

    /**
     * Re-reads the given entries from the tables into the index, in the caller's transaction: what a row says is
     * put, an entry whose row is gone is cleared (a filing withdrawn, a reputation forgotten). A segment's registry
     * row is never deleted, so a segment key without a row changes nothing.
     */
    public void reload(Collection<IndexKey> keys, ReputationIndex index) {
        Map<IndexKey.Kind, List<String>> byKind = new EnumMap<>(IndexKey.Kind.class);
        for (IndexKey k : keys) {
            byKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.code());
        }
        em.unwrap(Session.class).doWork(c -> {
            List<String> segments = byKind.getOrDefault(IndexKey.Kind.SEGMENT, List.of());
            if (!segments.isEmpty()) {
                read(c, SEGMENTS + " where code = any(?)", segments, rs -> putSegment(rs, index));
            }
            List<String> filings = byKind.getOrDefault(IndexKey.Kind.FILING, List.of());
            if (!filings.isEmpty()) {
                Set<String> filed = new HashSet<>();
                read(c, "select number from sub_number_filing where number = any(?)", filings,
                        rs -> filed.add(rs.getString(1)));
                for (String n : filings) {
                    index.putSubNumberFiling(new PhoneNumber(n), filed.contains(n));
                }
            }
            reloadReputations(c, "NUMBER", byKind.getOrDefault(IndexKey.Kind.NUMBER_REPUTATION, List.of()), index);
            reloadReputations(c, "SEGMENT", byKind.getOrDefault(IndexKey.Kind.SEGMENT_REPUTATION, List.of()), index);
        });
    }

    private static void reloadReputations(Connection c, String kind, List<String> codes, ReputationIndex index)
            throws SQLException {
        if (codes.isEmpty()) {
            return;
        }
        Set<String> found = new HashSet<>();
        read(c, REPUTATIONS + " where subject_kind = '" + kind + "' and subject_code = any(?)", codes, rs -> {
            putReputation(rs, index);
            found.add(rs.getString(2));
        });
        for (String code : codes) {
            if (!found.contains(code)) {
                if ("NUMBER".equals(kind)) {
                    index.clearNumberReputation(new PhoneNumber(code));
                } else {
                    index.clearSegmentReputation(code);
                }
            }
        }
    }

    private interface RowSink {
        void accept(ResultSet rs) throws SQLException;
    }

    private static void read(Connection c, String sql, List<String> codes, RowSink sink) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", codes.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(rs);
                }
            }
        }
    }

}
