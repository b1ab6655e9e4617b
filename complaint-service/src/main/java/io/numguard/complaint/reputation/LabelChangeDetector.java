package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.events.ReputationLabelChanged;

import java.time.Instant;
import java.util.Optional;

/**
 * A label change is published when the label changes, not when only the score moves (the compacted topic carries
 * labels to carriers; scores drift with every complaint).
 */
public final class LabelChangeDetector {
    private LabelChangeDetector() {
    }

    /**
     * @param previous the label last published for the subject; null or NONE when none
     * @return the event, a tombstone when cleared to NONE, or empty when the label did not change
     */
    public static Optional<LabelChange> detect(Subject subject, Label previous, Reputation next, Instant now) {
        Label before = previous == null ? Label.NONE : previous;
        if (before == next.label()) {
            return Optional.empty();
        }
        if (next.label() == Label.NONE) {
            return Optional.of(new LabelChange.Tombstone(subject));
        }
        return Optional.of(new LabelChange.Publish(subject, new ReputationLabelChanged(subject.code(),
                subject.kind().name(), next.label().name(), next.score(), next.reasons(), now)));
    }
}
