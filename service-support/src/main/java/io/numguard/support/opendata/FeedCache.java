package io.numguard.support.opendata;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The served form of each feed the service declares ({@link FeedSpec} beans), in memory. Built at start, rebuilt
 * off the request threads right after a transaction that changed the feed commits (several changes in a row cost
 * one rebuild), and when the poll sees that another replica moved the feed's cursor. Requests always read the last
 * complete snapshot, so the feed endpoint never waits for the database.
 */
@ApplicationScoped
public class FeedCache {
    private static final Logger LOG = Logger.getLogger(FeedCache.class);

    @Inject
    Instance<FeedSpec> specs;
    @Inject
    FeedLog log;

    private final Map<String, FeedSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, AtomicBoolean> queued = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "open-feed-cache");
        t.setDaemon(true);
        return t;
    });

    void onStart(@Observes StartupEvent event) {
        for (FeedSpec spec : specs) {
            rebuild(spec);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) FeedLog.FeedChanged change) {
        for (FeedSpec spec : specs) {
            if (spec.name().equals(change.feed())) {
                schedule(spec);
            }
        }
    }

    /** Another replica's changes: a cheap max(cursor) per feed. */
    @Scheduled(every = "${numguard.open-data.refresh-interval:5s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void poll() {
        for (FeedSpec spec : specs) {
            FeedSnapshot current = snapshots.get(spec.name());
            try {
                long cursor = QuarkusTransaction.requiringNew().call(() -> log.cursor(spec));
                if (current == null || cursor != current.cursor()) {
                    schedule(spec);
                }
            } catch (RuntimeException e) {
                LOG.debugf("open feed %s: cursor check failed, next poll retries: %s", spec.name(), e.getMessage());
            }
        }
    }

    /** The last complete snapshot of the feed. */
    public FeedSnapshot snapshot(FeedSpec spec) {
        FeedSnapshot s = snapshots.get(spec.name());
        if (s == null) {
            // only before the first build finished (it runs at start): build it here rather than answer wrongly
            s = rebuild(spec);
        }
        return s;
    }

    private void schedule(FeedSpec spec) {
        AtomicBoolean flag = queued.computeIfAbsent(spec.name(), k -> new AtomicBoolean());
        if (flag.compareAndSet(false, true)) {
            worker.execute(() -> {
                flag.set(false);
                try {
                    rebuild(spec);
                } catch (RuntimeException e) {
                    LOG.warnf("open feed %s: rebuild failed, the next change or poll retries: %s", spec.name(),
                            e.getMessage());
                }
            });
        }
    }

    private synchronized FeedSnapshot rebuild(FeedSpec spec) {
        List<FeedEntry> entries = QuarkusTransaction.requiringNew().call(() -> log.entries(spec));
        FeedSnapshot s = FeedSnapshot.of(spec, entries);
        snapshots.put(spec.name(), s);
        return s;
    }
}
