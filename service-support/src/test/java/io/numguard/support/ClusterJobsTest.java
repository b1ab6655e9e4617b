package io.numguard.support;

import io.agroal.api.AgroalDataSource;
import io.numguard.support.jobs.ClusterJobs;
import io.numguard.support.jobs.ClusterLease;
import io.numguard.support.jobs.ClusterJobs.Tick;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import org.eclipse.microprofile.config.ConfigProvider;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two replicas share a database: a job's tick runs on one of them, once per period, never on both at once. */
@QuarkusTest
class ClusterJobsTest {
    @Inject
    ClusterJobs jobs;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void whileOneReplicaRunsAPassTheOtherSkipsAndThePeriodsSecondTickFindsItClaimed() throws Exception {
        String job = "test." + UUID.randomUUID();
        AtomicInteger passes = new AtomicInteger();
        CountDownLatch inPass = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Tick> first = CompletableFuture.supplyAsync(() -> jobs.runOncePerTick(job,
                Duration.ofHours(1), () -> {
                    passes.incrementAndGet();
                    inPass.countDown();
                    awaitLatch(release);
                }));
        assertThat(inPass.await(30, TimeUnit.SECONDS)).isTrue();

        // the other replica's tick, while the pass runs: the advisory lock is taken
        assertThat(jobs.runOncePerTick(job, Duration.ofHours(1), passes::incrementAndGet)).isEqualTo(Tick.BUSY);
        release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo(Tick.RAN);
        // its tick after the pass, within the same period: already claimed
        assertThat(jobs.runOncePerTick(job, Duration.ofHours(1), passes::incrementAndGet)).isEqualTo(Tick.CLAIMED);
        assertThat(passes).hasValue(1);
        assertThat(lastRun(job)).isEqualTo("ok");
    }

    @Test
    void theNextPeriodRunsAgainAndAFailedPassIsRecordedAndRetried() throws Exception {
        String job = "test." + UUID.randomUUID();
        Duration period = Duration.ofMillis(300);
        assertThat(jobs.runOncePerTick(job, period, () -> {
            throw new IllegalStateException("the database said no");
        })).isEqualTo(Tick.FAILED);
        assertThat(lastRun(job)).startsWith("failed: java.lang.IllegalStateException: the database said no");

        Thread.sleep(period.toMillis() + 50);
        AtomicInteger passes = new AtomicInteger();
        assertThat(jobs.runOncePerTick(job, "300ms", passes::incrementAndGet)).isEqualTo(Tick.RAN);
        assertThat(passes).hasValue(1);
    }

    @Test
    void aReplicaThatDiesMidPassReleasesTheJobWithItsSession() throws Exception {
        String job = "test." + UUID.randomUUID();
        var config = ConfigProvider.getConfig();
        // another replica's own session (not from this pool), holding the job's lock as a pass in progress does
        Connection dying = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
        try (PreparedStatement s = dying.prepareStatement("select pg_try_advisory_lock(?, hashtext(?))")) {
            s.setInt(1, 0x4E474A42);
            s.setString(2, job);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next() && r.getBoolean(1)).isTrue();
            }
        }
        assertThat(jobs.runOncePerTick(job, Duration.ofHours(1), () -> { })).isEqualTo(Tick.BUSY);
        dying.close(); // what the kernel does to a killed replica's socket: the session ends, its locks with it

        // the server ends the session just after the client has gone: the job is free within moments
        AtomicInteger passes = new AtomicInteger();
        await("the dead session's lock is released").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.runOncePerTick(job, Duration.ofHours(1), passes::incrementAndGet) == Tick.RAN);
        assertThat(passes).hasValue(1);
    }

    @Test
    void periodsAreReadAsTheSchedulerWritesThem() {
        assertThat(jobs.runOncePerTick("test." + UUID.randomUUID(), "PT1M", () -> { })).isEqualTo(Tick.RAN);
        assertThat(jobs.runOncePerTick("test." + UUID.randomUUID(), "1d", () -> { })).isEqualTo(Tick.RAN);
    }

    @Test
    void aLeaseHasOneOwnerAtATimeAndPassesToAnotherReplicaWhenTheOwnersSessionEnds() throws Exception {
        String name = "test.lease." + UUID.randomUUID();
        try (ClusterLease first = new ClusterLease(dataSource, name);
             ClusterLease second = new ClusterLease(dataSource, name)) {
            assertThat(first.holdOrAcquire()).isTrue();
            assertThat(first.holdOrAcquire()).as("kept").isTrue();
            assertThat(second.holdOrAcquire()).as("owned by the first").isFalse();

            first.close(); // the owner stops (or dies: its session ends either way)
            await("the second takes the lease over").atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(50)).until(second::holdOrAcquire);
            assertThat(first.holdOrAcquire()).as("owned by the second now").isFalse();
            assertThat(second.isHeld()).isTrue();
        }
    }

    private String lastRun(String job) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select outcome from scheduled_job_run where job = ?")) {
            s.setString(1, job);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : null;
            }
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
