package io.numguard.complaint.opendata.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import static io.numguard.support.db.Timestamps.instant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The segments' current labels in the {@code reputation} table, as the segment-labels feed shows them. */
@ApplicationScoped
public class SegmentLabelsStore {
    @Inject
    EntityManager em;

    /** A segment with a label other than NONE, and when its reputation row last changed. */
    public record LabelledSegment(String code, String label, Instant updatedAt) {
    }

    /** Every labelled segment, by code. */
    public List<LabelledSegment> labelledSegments() {
        List<LabelledSegment> out = new ArrayList<>();
        for (Object o : em.createNativeQuery("""
                select subject_code, label, updated_at from reputation
                where subject_kind = 'SEGMENT' and label <> 'NONE' order by subject_code""").getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new LabelledSegment((String) r[0], (String) r[1], instant(r[2])));
        }
        return out;
    }
}
