package io.numguard.complaint.opendata.service;

import io.numguard.complaint.aggregate.SubjectKind;
import io.numguard.complaint.assessment.Reassessment;
import io.numguard.complaint.opendata.SegmentLabels;
import io.numguard.complaint.opendata.persistence.SegmentLabelsStore;
import io.numguard.complaint.reputation.LabelChange;
import io.numguard.support.opendata.FeedEntry;
import io.numguard.support.opendata.FeedLog;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the segment-labels feed in the transaction of every re-assessment that changed a segment's label (the same
 * changes that go to the compacted labels topic), and equal to the {@code reputation} table at start.
 */
@ApplicationScoped
public class SegmentLabelsFeed {
    private static final Logger LOG = Logger.getLogger(SegmentLabelsFeed.class);

    @Inject
    FeedLog feed;
    @Inject
    SegmentLabelsStore store;

    /** The segments' label changes among these re-assessments (numbers' are not published here). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(List<Reassessment> reassessments, Instant now) {
        List<List<String>> rows = new ArrayList<>();
        List<String> removals = new ArrayList<>();
        for (Reassessment r : reassessments) {
            if (r.subject().kind() != SubjectKind.SEGMENT || r.labelChange().isEmpty()) {
                continue;
            }
            if (r.labelChange().get() instanceof LabelChange.Publish p) {
                rows.add(SegmentLabels.FEED.row(r.subject().code(), p.event().label(), now.toString()));
            } else {
                removals.add(r.subject().code());
            }
        }
        feed.apply(SegmentLabels.FEED, rows, removals);
    }

    /** Before the feed cache's first build. A label the feed already shows keeps its "since". */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.APPLICATION - 10) StartupEvent e) {
        int changed = QuarkusTransaction.requiringNew().call(() -> {
            Map<String, List<String>> shown = new HashMap<>();
            for (FeedEntry entry : feed.entries(SegmentLabels.FEED)) {
                if (!entry.removed()) {
                    shown.put(entry.key(), entry.values());
                }
            }
            List<List<String>> rows = new ArrayList<>();
            for (SegmentLabelsStore.LabelledSegment l : store.labelledSegments()) {
                List<String> current = shown.get(l.code());
                rows.add(current != null && current.get(1).equals(l.label()) ? current
                        : SegmentLabels.FEED.row(l.code(), l.label(), l.updatedAt().toString()));
            }
            return feed.reconcile(SegmentLabels.FEED, rows);
        });
        if (changed > 0) {
            LOG.infof("segment-labels feed: %d entries brought in line with the reputation table", changed);
        }
    }
}
