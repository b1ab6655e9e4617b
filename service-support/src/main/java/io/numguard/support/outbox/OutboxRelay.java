package io.numguard.support.outbox;

import io.numguard.support.config.ServiceIdentity;
import io.numguard.support.kafka.CloudEventHeaders;
import io.numguard.support.jobs.ClusterJobs;
import io.numguard.support.kafka.EventProducer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends committed outbox rows to Kafka in {@code seq} order and marks them published. Woken right after each
 * committing transaction, and by a poll for anything left behind (a crash, a broker outage). One relay at a
 * time per database (advisory lock), so several replicas keep per-key order. At least once: a row whose send
 * was not acknowledged stays and is sent again; consumers drop the duplicate by its CloudEvents id.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LOCK_ID = 0x6e756d6775617264L; // "numguard"

    @Inject
    EntityManager em;
    @Inject
    ClusterJobs jobs;
    @Inject
    EventProducer producer;
    @Inject
    Clock clock;
    @Inject
    ServiceIdentity service;
    @Inject
    OutboxConfig config;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean stopping;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.OutboxWritten written) {
        wake();
    }

    @Scheduled(every = "${numguard.outbox.poll-interval:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        wake();
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void purgePublished() {
        jobs.runOncePerTick("outbox.purge", "1h", () -> {
            Instant before = Instant.now(clock).minus(config.retention());
            int n = QuarkusTransaction.requiringNew().call(() -> em.createQuery(
                    "delete from OutboxEvent e where e.publishedAt is not null and e.publishedAt < :before")
                    .setParameter("before", before).executeUpdate());
            if (n > 0) {
                LOG.debugf("purged %d published outbox rows", n);
            }
        });
    }

    /** Coalesces wake-ups: at most one drain queued behind the running one. */
    public void wake() {
        if (!stopping && wakeQueued.compareAndSet(false, true)) {
            worker.submit(this::drain);
        }
    }

    private void drain() {
        wakeQueued.set(false);
        try {
            while (!stopping && relayBatch() == config.batchSize()) {
                // a full batch: there may be more
            }
        } catch (RuntimeException e) {
            LOG.warnf("outbox relay paused, will retry: %s", e.getMessage());
        }
    }

    /** Sends one batch; returns how many rows it marked published. */
    public int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object locked = em.createNativeQuery("select pg_try_advisory_xact_lock(" + LOCK_ID + ")")
                    .getSingleResult();
            if (!Boolean.TRUE.equals(locked)) {
                return 0; // another replica is relaying
            }
            List<OutboxEvent> batch = em.createQuery(
                            "from OutboxEvent e where e.publishedAt is null order by e.seq", OutboxEvent.class)
                    .setMaxResults(config.batchSize()).getResultList();
            if (batch.isEmpty()) {
                return 0;
            }
            List<Future<RecordMetadata>> sent = new ArrayList<>(batch.size());
            for (OutboxEvent e : batch) {
                sent.add(producer.send(toRecord(e)));
            }
            Instant now = Instant.now(clock);
            int published = 0;
            for (int i = 0; i < batch.size(); i++) {
                OutboxEvent e = batch.get(i);
                try {
                    sent.get(i).get(15, TimeUnit.SECONDS);
                    e.publishedAt = now;
                    published++;
                } catch (Exception failure) {
                    // keep order: this row and every later one stay unpublished and go again next time
                    e.attempts++;
                    e.lastError = String.valueOf(failure.getCause() != null ? failure.getCause() : failure);
                    LOG.warnf("outbox: %s %s not acknowledged by Kafka (attempt %d): %s", e.eventType, e.id,
                            e.attempts, e.lastError);
                    break;
                }
            }
            return published;
        });
    }

    private ProducerRecord<String, String> toRecord(OutboxEvent e) {
        ProducerRecord<String, String> r = new ProducerRecord<>(e.topic, e.aggregateKey, e.payload);
        CloudEventHeaders.put(r.headers(), CloudEventHeaders.SPEC_VERSION, "1.0");
        CloudEventHeaders.put(r.headers(), CloudEventHeaders.ID, e.id.toString());
        CloudEventHeaders.put(r.headers(), CloudEventHeaders.SOURCE, "/numguard/" + service.name());
        CloudEventHeaders.put(r.headers(), CloudEventHeaders.TYPE, e.eventType);
        CloudEventHeaders.put(r.headers(), CloudEventHeaders.TIME,
                DateTimeFormatter.ISO_INSTANT.format(e.createdAt.truncatedTo(ChronoUnit.MICROS)));
        CloudEventHeaders.put(r.headers(), CloudEventHeaders.SUBJECT, e.aggregateKey);
        if (e.payload != null) {
            CloudEventHeaders.put(r.headers(), CloudEventHeaders.CONTENT_TYPE, "application/json");
        }
        return r;
    }

    void onStop(@Observes ShutdownEvent ev) {
        stopping = true;
        worker.shutdown();
        try {
            worker.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
