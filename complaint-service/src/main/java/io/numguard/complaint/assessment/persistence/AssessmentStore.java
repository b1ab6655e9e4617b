package io.numguard.complaint.assessment.persistence;

import io.numguard.complaint.aggregate.BucketRule;
import io.numguard.complaint.aggregate.DistinctHour;
import io.numguard.complaint.aggregate.HourlyBucket;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.intake.ComplaintCategory;
import io.numguard.complaint.intake.ComplaintSource;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.reputation.Label;
import io.numguard.complaint.reputation.Reputation;
import io.numguard.complaint.threshold.ThresholdKey;
import io.numguard.complaint.threshold.ThresholdState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What one subject's re-assessment reads and writes: buckets, complainants, threshold states, its reputation. */
@ApplicationScoped
public class AssessmentStore {
    @Inject
    EntityManager em;
    @Inject
    BucketRule bucketRule;

    /**
     * Everything the re-assessment of many subjects reads, loaded with a handful of queries.
     *
     * @param quiet numbers left out by the {@link BucketRule}'s quiet floor; their re-assessment would change nothing
     */
    public record Snapshot(Map<Subject, List<HourlyBucket>> buckets, Map<Subject, List<DistinctHour>> complainants,
                           Map<Subject, Map<ThresholdKey, ThresholdState>> thresholds, Map<Subject, Label> labels,
                           Set<Subject> quiet) {
        public List<HourlyBucket> bucketsOf(Subject s) {
            return buckets.getOrDefault(s, List.of());
        }

        public List<DistinctHour> complainantsOf(Subject s) {
            return complainants.getOrDefault(s, List.of());
        }

        public Map<ThresholdKey, ThresholdState> thresholdsOf(Subject s) {
            return thresholds.getOrDefault(s, Map.of());
        }
    }

    /** A counted complaint about a number: what its windows and the daily de-duplication need. */
    public record Counted(long id, Instant at, ComplaintCategory category, ComplaintSource source,
                          String complainantHash) implements BucketRule.Counted {
    }

    /**
     * Every number's counted complaints since {@code from} (index {@code complaint_number_at}), in mutable lists: a
     * number has few, so reading them replaces the bucket and latest-sighting rows it would otherwise write with
     * every mark, and the same rows tell which complainants already counted today.
     */
    public Map<String, List<Counted>> countedComplaints(Collection<String> numbers, Instant from) {
        return countedComplaints(numbers, from, false);
    }

    /**
     * {@link #countedComplaints(Collection, Instant)} without the rows this transaction stored: the caller knows
     * those already (the intake, which just inserted a batch: reading its own rows back doubled the rows read).
     */
    public Map<String, List<Counted>> othersCountedComplaints(Collection<String> numbers, Instant from) {
        return countedComplaints(numbers, from, true);
    }

    private Map<String, List<Counted>> countedComplaints(Collection<String> numbers, Instant from, boolean othersOnly) {
        Map<String, List<Counted>> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            // a row's xmin is the transaction that stored it (this service uses no savepoints)
            try (PreparedStatement ps = c.prepareStatement("""
                    select number, id, at, category, source, complainant_hash from complaint
                    where counted and number = any(?::text[]) and at >= ?"""
                    + (othersOnly ? " and xmin <> pg_current_xact_id()::xid" : ""))) {
                ps.setObject(1, Sql.texts(List.copyOf(numbers)), Types.OTHER);
                ps.setObject(2, Sql.ts(from));
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Counted(rs.getLong(2),
                                rs.getObject(3, OffsetDateTime.class).toInstant(),
                                ComplaintCategory.valueOf(rs.getString(4)), ComplaintSource.valueOf(rs.getString(5)),
                                rs.getString(6)));
                    }
                }
            }
        });
        return out;
    }

    /**
     * Per number, the police case number of its latest counted referral since {@code from} that names one (a
     * referral's row keeps the police case number as its text); numbers without one are absent.
     */
    public Map<String, String> policeCases(Collection<String> numbers, Instant from) {
        Map<String, String> out = new HashMap<>();
        if (numbers.isEmpty()) {
            return out;
        }
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    select distinct on (number) number, text from complaint
                    where source = 'POLICE' and counted and number = any(?::text[]) and at >= ?
                        and text is not null and btrim(text) <> ''
                    order by number, at desc""")) {
                ps.setObject(1, Sql.texts(List.copyOf(numbers)), Types.OTHER);
                ps.setObject(2, Sql.ts(from));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
        });
        return out;
    }

    /** {@link #load(Collection, Instant, Map)}, reading the numbers' complaints. */
    public Snapshot load(Collection<Subject> subjects, Instant from) {
        return load(subjects, from, null);
    }

    /**
     * Segments from their hourly buckets and per-hour distinct complainants; numbers from their own counted
     * complaints ({@code numberComplaints} if the caller has them, as the intake does, else read here), bucketed by
     * the {@link BucketRule} with no quiet floor.
     */
    public Snapshot load(Collection<Subject> subjects, Instant from, Map<String, List<Counted>> numberComplaints) {
        return load(subjects, from, numberComplaints, bucketRule.withoutQuietFloor());
    }

    /**
     * As {@link #load(Collection, Instant, Map)}, with the numbers bucketed by {@code rule}: those it finds quiet are
     * not aggregated but listed as such.
     */
    public Snapshot load(Collection<Subject> subjects, Instant from, Map<String, List<Counted>> numberComplaints,
                         BucketRule rule) {
        String[] numbers = subjects.stream().filter(Subject::isNumber).map(Subject::code).toArray(String[]::new);
        String[] segments = subjects.stream().filter(s -> !s.isNumber()).map(Subject::code).toArray(String[]::new);
        Map<Subject, List<HourlyBucket>> buckets = new HashMap<>();
        Map<Subject, List<DistinctHour>> complainants = new HashMap<>();
        Map<Subject, Map<ThresholdKey, ThresholdState>> thresholds = new HashMap<>();
        Map<Subject, Label> labels = new HashMap<>();
        Map<String, List<Counted>> history = numberComplaints != null ? numberComplaints
                : countedComplaints(Arrays.asList(numbers), from);
        em.unwrap(Session.class).doWork(c -> {
            String n = Sql.texts(Arrays.asList(numbers));
            String g = Sql.texts(Arrays.asList(segments));
            if (segments.length > 0) {
                try (PreparedStatement ps = c.prepareStatement("""
                        select subject_code, hour, category, source, count, weighted from complaint_bucket
                        where subject_kind = 'SEGMENT' and subject_code = any(?::text[]) and hour >= ?""")) {
                    ps.setObject(1, g, Types.OTHER);
                    ps.setObject(2, Sql.ts(from));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Subject s = Subject.segment(rs.getString(1));
                            buckets.computeIfAbsent(s, k -> new ArrayList<>()).add(new HourlyBucket(s,
                                    rs.getObject(2, OffsetDateTime.class).toInstant(),
                                    ComplaintCategory.valueOf(rs.getString(3)),
                                    ComplaintSource.valueOf(rs.getString(4)), rs.getLong(5), rs.getLong(6)));
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        select subject_code, hour, complainants from complainant_hour
                        where subject_kind = 'SEGMENT' and subject_code = any(?::text[]) and hour >= ?""")) {
                    ps.setObject(1, g, Types.OTHER);
                    ps.setObject(2, Sql.ts(from));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            Subject s = Subject.segment(rs.getString(1));
                            complainants.computeIfAbsent(s, k -> new ArrayList<>()).add(new DistinctHour(s,
                                    rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getLong(3)));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select subject_kind, subject_code, rule_id, state from threshold_state
                    where subject_kind = 'NUMBER' and subject_code = any(?::text[])
                    union all
                    select subject_kind, subject_code, rule_id, state from threshold_state
                    where subject_kind = 'SEGMENT' and subject_code = any(?::text[])""")) {
                ps.setObject(1, n, Types.OTHER);
                ps.setObject(2, g, Types.OTHER);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Subject s = new Subject(SubjectKind.valueOf(rs.getString(1)), rs.getString(2));
                        thresholds.computeIfAbsent(s, k -> new HashMap<>())
                                .put(new ThresholdKey(s, rs.getString(3)), ThresholdState.valueOf(rs.getString(4)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    select subject_kind, subject_code, label from reputation
                    where subject_kind = 'NUMBER' and subject_code = any(?::text[])
                    union all
                    select subject_kind, subject_code, label from reputation
                    where subject_kind = 'SEGMENT' and subject_code = any(?::text[])""")) {
                ps.setObject(1, n, Types.OTHER);
                ps.setObject(2, g, Types.OTHER);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        labels.put(new Subject(SubjectKind.valueOf(rs.getString(1)), rs.getString(2)),
                                Label.valueOf(rs.getString(3)));
                    }
                }
            }
        });
        // numbers' buckets are not stored: the one bucket rule sums them from their complaints, or finds them quiet
        BucketRule.NumberBuckets byNumber = rule.numbers(Arrays.asList(numbers), history, from,
                s -> labels.containsKey(s) || thresholds.containsKey(s));
        buckets.putAll(byNumber.buckets());
        complainants.putAll(byNumber.complainants());
        return new Snapshot(buckets, complainants, thresholds, labels, byNumber.quiet());
    }

    /** Upserts the reputations of subjects with complaints, deletes those of subjects without, in two batches. */
    public void saveReputations(Map<Subject, Reputation> keep, Collection<Subject> forget, Instant now) {
        em.unwrap(Session.class).doWork(c -> {
            if (!keep.isEmpty()) {
                int n = keep.size();
                List<String> kind = new ArrayList<>(n), code = new ArrayList<>(n), label = new ArrayList<>(n),
                        reasons = new ArrayList<>(n);
                List<Long> score = new ArrayList<>(n);
                for (var e : keep.entrySet()) {
                    kind.add(e.getKey().kind().name());
                    code.add(e.getKey().code());
                    label.add(e.getValue().label().name());
                    score.add((long) e.getValue().score());
                    reasons.add(String.join("\n", e.getValue().reasons()));
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into reputation (subject_kind, subject_code, label, score, reasons, updated_at)
                        select k, s, l, sc, r, ? from unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[])
                             as t(k, s, l, sc, r)
                        on conflict (subject_kind, subject_code) do update set label = excluded.label,
                            score = excluded.score, reasons = excluded.reasons, updated_at = excluded.updated_at""")) {
                    ps.setObject(1, Sql.ts(now));
                    ps.setObject(2, Sql.texts(kind), Types.OTHER);
                    ps.setObject(3, Sql.texts(code), Types.OTHER);
                    ps.setObject(4, Sql.texts(label), Types.OTHER);
                    ps.setObject(5, Sql.longs(score), Types.OTHER);
                    ps.setObject(6, Sql.texts(reasons), Types.OTHER);
                    ps.executeUpdate();
                }
            }
            if (!forget.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement(
                        "delete from reputation where subject_kind = ? and subject_code = ?")) {
                    for (Subject s : forget) {
                        ps.setString(1, s.kind().name());
                        ps.setString(2, s.code());
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
            }
        });
    }

    /** A missing row means BELOW, so re-arming deletes the row. One statement per kind of change. */
    public void saveThresholdStates(Map<ThresholdKey, ThresholdState> changes, Instant now) {
        if (changes.isEmpty()) {
            return;
        }
        List<String> kind = new ArrayList<>(), code = new ArrayList<>(), rule = new ArrayList<>(),
                state = new ArrayList<>();
        List<String> rearmKind = new ArrayList<>(), rearmCode = new ArrayList<>(), rearmRule = new ArrayList<>();
        for (var e : changes.entrySet()) {
            Subject s = e.getKey().subject();
            if (e.getValue() == ThresholdState.BELOW) {
                rearmKind.add(s.kind().name());
                rearmCode.add(s.code());
                rearmRule.add(e.getKey().ruleId());
            } else {
                kind.add(s.kind().name());
                code.add(s.code());
                rule.add(e.getKey().ruleId());
                state.add(e.getValue().name());
            }
        }
        // plain JDBC: a JPA native query would first flush (and dirty-check) every outbox event of the transaction
        em.unwrap(Session.class).doWork(c -> {
            if (!rearmKind.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        delete from threshold_state t using unnest(?::text[], ?::text[], ?::text[]) as r(k, s, id)
                        where t.subject_kind = r.k and t.subject_code = r.s and t.rule_id = r.id""")) {
                    ps.setObject(1, Sql.texts(rearmKind), Types.OTHER);
                    ps.setObject(2, Sql.texts(rearmCode), Types.OTHER);
                    ps.setObject(3, Sql.texts(rearmRule), Types.OTHER);
                    ps.executeUpdate();
                }
            }
            if (!kind.isEmpty()) {
                try (PreparedStatement ps = c.prepareStatement("""
                        insert into threshold_state (subject_kind, subject_code, rule_id, state, changed_at)
                        select k, s, id, st, ? from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as r(k, s, id, st)
                        on conflict (subject_kind, subject_code, rule_id)
                        do update set state = excluded.state, changed_at = excluded.changed_at""")) {
                    ps.setObject(1, Sql.ts(now));
                    ps.setObject(2, Sql.texts(kind), Types.OTHER);
                    ps.setObject(3, Sql.texts(code), Types.OTHER);
                    ps.setObject(4, Sql.texts(rule), Types.OTHER);
                    ps.setObject(5, Sql.texts(state), Types.OTHER);
                    ps.executeUpdate();
                }
            }
        });
    }

    /**
     * Forgets complainants last seen before {@code from} (out of every window) and empty hours. An intake that
     * races with this only touches hours in the windows, or moves a complainant out of a forgotten hour, which no
     * window reads. Returns the rows deleted.
     */
    public int forgetComplainantsBefore(Instant from) {
        int latest = em.createNativeQuery("delete from complainant_latest where last_hour < ?1")
                .setParameter(1, Sql.ts(from)).executeUpdate();
        int hours = em.createNativeQuery("delete from complainant_hour where hour < ?1 or complainants = 0")
                .setParameter(1, Sql.ts(from)).executeUpdate();
        return latest + hours;
    }

    /** Subjects whose windows may drain: those with a reputation or a signalled (ABOVE) threshold. */
    @SuppressWarnings("unchecked")
    public List<Subject> subjectsToRevisit() {
        List<Object[]> rows = em.createNativeQuery("""
                select subject_kind, subject_code from reputation
                union
                select subject_kind, subject_code from threshold_state where state = 'ABOVE'""").getResultList();
        List<Subject> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            out.add(new Subject(SubjectKind.valueOf((String) r[0]), (String) r[1]));
        }
        return out;
    }
}
