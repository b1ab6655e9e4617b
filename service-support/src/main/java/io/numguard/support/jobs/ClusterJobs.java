package io.numguard.support.jobs;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Runs a scheduled job once per tick across all replicas of a service (they share its database), instead of once
 * per replica: the expiry, escalation, checkpoint and re-assessment passes each do their work once per period, and
 * two replicas never run the same pass at the same time.
 *
 * <p>Two guards, both in PostgreSQL. A session advisory lock per job, taken with {@code pg_try_advisory_lock} on a
 * connection held for the whole pass: a replica whose tick comes while another one is still working skips, and a
 * replica that dies mid-pass releases the lock with its connection. Then the tick is claimed in
 * {@code scheduled_job_run} by one atomic upsert that succeeds only when the job last started at least
 * {@value #CLAIM_SHARE_PERCENT} % of a period ago (by the database's clock, the one clock every replica shares; the
 * slack absorbs the schedulers' jitter): the replicas' ticks of the same period find it claimed and skip. A pass that
 * fails is logged and recorded; the next period retries it.
 */
@ApplicationScoped
public class ClusterJobs {
    private static final Logger LOG = Logger.getLogger(ClusterJobs.class);
    /** First key of the two-int advisory locks of this class (the second is the job name's hash). */
    static final int LOCK_NAMESPACE = 0x4E474A42; // "NGJB"
    static final int CLAIM_SHARE_PERCENT = 90;
    private static final String REPLICA = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    AgroalDataSource dataSource;

    /** What a tick came to on this replica. */
    public enum Tick {
        /** this replica ran the pass */
        RAN,
        /** another replica was running the same job */
        BUSY,
        /** another replica already ran this period's pass */
        CLAIMED,
        /** the pass threw; recorded, and retried next period */
        FAILED
    }

    /** As {@link #runOncePerTick(String, Duration, Runnable)}, with the period as {@code @Scheduled(every)} has it. */
    public Tick runOncePerTick(String job, String every, Runnable pass) {
        return runOncePerTick(job, period(every), pass);
    }

    /** A {@code @Scheduled(every)} value: {@code 500ms}, {@code 10s}, {@code 1m}, {@code 1h}, {@code 1d} or ISO-8601. */
    static Duration period(String every) {
        String v = every.trim();
        if (v.startsWith("P") || v.startsWith("p")) {
            return Duration.parse(v);
        }
        if (v.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
        }
        if (v.endsWith("d") || v.endsWith("D")) {
            return Duration.ofDays(Long.parseLong(v.substring(0, v.length() - 1)));
        }
        return Duration.parse("PT" + v.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * @param job    the job's stable name (also its lock and row), e.g. {@code registry.lifecycle}
     * @param period the job's schedule period: the tick is this replica's only if none started within it
     */
    public Tick runOncePerTick(String job, Duration period, Runnable pass) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            if (!tryLock(c, job)) {
                return Tick.BUSY;
            }
            try {
                if (!claim(c, job, period)) {
                    return Tick.CLAIMED;
                }
                String outcome = "ok";
                try {
                    pass.run();
                    return Tick.RAN;
                } catch (RuntimeException e) {
                    outcome = "failed: " + e;
                    LOG.warnf(e, "scheduled job %s failed; the next period retries it", job);
                    return Tick.FAILED;
                } finally {
                    finish(c, job, outcome);
                }
            } finally {
                unlock(c, job);
            }
        } catch (SQLException e) {
            LOG.warnf("scheduled job %s skipped this tick: its database is not reachable (%s)", job, e.getMessage());
            return Tick.FAILED;
        }
    }

    private static boolean tryLock(Connection c, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
            s.setInt(1, LOCK_NAMESPACE);
            s.setString(2, job);
            try (ResultSet r = s.executeQuery()) {
                return r.next() && r.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection c, String job) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(?, hashtext(?))")) {
            s.setInt(1, LOCK_NAMESPACE);
            s.setString(2, job);
            s.execute();
        }
    }

    private static boolean claim(Connection c, String job, Duration period) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into scheduled_job_run (job, started_at, replica) values (?, clock_timestamp(), ?)
                on conflict (job) do update set started_at = excluded.started_at, replica = excluded.replica,
                    finished_at = null, outcome = null
                where scheduled_job_run.started_at <= clock_timestamp() - make_interval(secs => ?)
                returning job""")) {
            s.setString(1, job);
            s.setString(2, REPLICA);
            s.setDouble(3, period.toMillis() * CLAIM_SHARE_PERCENT / 100.0 / 1000.0);
            try (ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static void finish(Connection c, String job, String outcome) {
        try (PreparedStatement s = c.prepareStatement(
                "update scheduled_job_run set finished_at = clock_timestamp(), outcome = ? where job = ?")) {
            s.setString(1, outcome.length() > 500 ? outcome.substring(0, 500) : outcome);
            s.setString(2, job);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("could not record the end of scheduled job %s: %s", job, e.getMessage());
        }
    }
}
