package io.numguard.complaint.intake.persistence;

import io.numguard.complaint.config.ComplaintSettings;
import io.numguard.complaint.intake.CitizenRateLimiter;
import io.numguard.complaint.intake.RateLimitDecision;
import io.numguard.complaint.intake.SlidingWindowLog;
import io.numguard.support.jobs.ClusterJobs;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Arrays;

/**
 * The citizen rate limit kept in PostgreSQL ({@code citizen_rate_log}), so it holds across replicas. One attempt is
 * one transaction (the caller's, if it has one): the citizen's row is created if missing and locked in the same
 * statement ({@code insert ... on conflict do update ... returning}), {@link SlidingWindowLog} decides, and an
 * allowed attempt writes the new log. Two replicas deciding for the same citizen queue on that row lock; different
 * citizens never wait for each other. Time is the service's clock, as for every other rule of the intake.
 */
@ApplicationScoped
public class PostgresCitizenRateLimiter implements CitizenRateLimiter {
    @Inject
    EntityManager em;
    @Inject
    ComplaintSettings settings;
    @Inject
    Clock clock;
    @Inject
    ClusterJobs jobs;

    @Override
    public RateLimitDecision tryAcquire(String citizenKey) {
        if (citizenKey == null) {
            throw new IllegalArgumentException("citizenKey is required");
        }
        return QuarkusTransaction.joiningExisting().call(() -> em.unwrap(Session.class).doReturningWork(c -> {
            long now = clock.millis();
            long[] times;
            try (PreparedStatement s = c.prepareStatement("""
                    insert into citizen_rate_log (citizen, allowed_at, last_at) values (?, '{}', ?)
                    on conflict (citizen) do update set citizen = excluded.citizen
                    returning allowed_at""")) {
                s.setString(1, citizenKey);
                s.setLong(2, now);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    Array a = r.getArray(1);
                    times = Arrays.stream((Long[]) a.getArray()).mapToLong(Long::longValue).toArray();
                }
            }
            SlidingWindowLog.Attempt attempt = SlidingWindowLog.tryAdd(times, now,
                    settings.intake().citizenRateLimit(), settings.intake().citizenRateWindow().toMillis());
            if (attempt.decision().allowed()) {
                try (PreparedStatement s = c.prepareStatement(
                        "update citizen_rate_log set allowed_at = ?, last_at = ? where citizen = ?")) {
                    s.setArray(1, c.createArrayOf("bigint", Arrays.stream(attempt.times()).boxed().toArray()));
                    s.setLong(2, now);
                    s.setString(3, citizenKey);
                    s.executeUpdate();
                }
            }
            return attempt.decision();
        }));
    }

    /** Forgets citizens whose last allowed complaint left the window; returns how many. */
    public int pruneIdle() {
        long before = clock.millis() - settings.intake().citizenRateWindow().toMillis();
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "delete from citizen_rate_log where last_at <= ?1").setParameter(1, before).executeUpdate());
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduledPrune() {
        jobs.runOncePerTick("complaint.citizen-rate-prune", "1h", this::pruneIdle);
    }
}
