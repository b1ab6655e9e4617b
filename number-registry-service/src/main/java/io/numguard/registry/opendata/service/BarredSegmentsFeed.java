package io.numguard.registry.opendata.service;

import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.persistence.LicenseeRepository;
import io.numguard.registry.opendata.BarredSegments;
import io.numguard.registry.opendata.persistence.BarredSegmentsStore;
import io.numguard.registry.segment.Segment;
import io.numguard.support.opendata.FeedLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

/**
 * Keeps the barred-segments feed in the transaction of every segment change ({@link #follow}), and makes it equal to
 * the segment table at start (segments barred before the feed existed, or loaded around the service).
 */
@ApplicationScoped
public class BarredSegmentsFeed {
    private static final Logger LOG = Logger.getLogger(BarredSegmentsFeed.class);

    @Inject
    FeedLog feed;
    @Inject
    LicenseeRepository licensees;
    @Inject
    BarredSegmentsStore rows;

    /** The segment's new state in the feed (in, changed or out), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Segment s) {
        String name = licensees.find(s.licensee()).map(Licensee::name).orElse(null);
        BarredSegments.row(s, name).ifPresentOrElse(row -> feed.put(BarredSegments.FEED, row),
                () -> feed.remove(BarredSegments.FEED, s.code().value()));
    }

    /** Before the feed cache's first build (which observes StartupEvent at the default priority). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION - 10) StartupEvent e) {
        int changed = QuarkusTransaction.requiringNew().call(() -> feed.reconcile(BarredSegments.FEED, rows.barredRows()));
        if (changed > 0) {
            LOG.infof("barred-segments feed: %d entries brought in line with the segment table", changed);
        }
    }
}
