package io.numguard.complaint.reputation.persistence;

import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.ReputationIndex;
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
        return new Counts(segments, reputations, filings);
    }

}
