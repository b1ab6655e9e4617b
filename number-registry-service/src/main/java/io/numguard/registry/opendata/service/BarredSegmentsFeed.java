package io.numguard.registry.opendata.service;

import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.persistence.LicenseeRepository;
import io.numguard.registry.opendata.BarredSegments;
import io.numguard.registry.segment.Segment;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.support.opendata.FeedLog;
import io.numguard.support.opendata.FeedSpec;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import static io.numguard.support.db.Timestamps.instant;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

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
    EntityManager em;

    @Produces
    @Singleton
    FeedSpec barredSegments() {
        return BarredSegments.FEED;
    }

    /** The segment's new state in the feed (in, changed or out), in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(Segment s) {
        String name = licensees.find(s.licensee()).map(Licensee::name).orElse(null);
        BarredSegments.row(s, name).ifPresentOrElse(row -> feed.put(BarredSegments.FEED, row),
                () -> feed.remove(BarredSegments.FEED, s.code().value()));
    }

    /** Before the feed cache's first build (which observes StartupEvent at the default priority). */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION - 10) StartupEvent e) {
        int changed = QuarkusTransaction.requiringNew().call(() -> feed.reconcile(BarredSegments.FEED, barredRows()));
        if (changed > 0) {
            LOG.infof("barred-segments feed: %d entries brought in line with the segment table", changed);
        }
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> barredRows() {
        List<Object[]> rows = em.createNativeQuery("""
                select s.code, s.status, s.quarantine_cause, s.quarantine_since,
                       coalesce((select max(h.at) from segment_history h where h.segment_id = s.id), s.allocated_at),
                       s.licensee_uscc, l.name, s.province
                from segment s join licensee l on l.uscc = s.licensee_uscc
                where s.status in ('SUSPENDED', 'REVOKED', 'QUARANTINED')
                order by s.code""").getResultList();
        List<List<String>> out = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            BarredSegments.row((String) r[0], SegmentStatus.valueOf((String) r[1]),
                    r[2] == null ? null : SegmentStatus.valueOf((String) r[2]), instant(r[3]), instant(r[4]),
                    ((String) r[5]).trim(), (String) r[6], (String) r[7]).ifPresent(out::add);
        }
        return out;
    }
}
