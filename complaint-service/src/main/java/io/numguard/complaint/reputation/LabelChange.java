package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.events.ReputationLabelChanged;

import java.util.Objects;

/**
 * What to publish on the compacted {@code numguard.reputation.labels.v1} topic (key = {@link #key()}): the new
 * label, or a tombstone (null value) when the label was cleared to NONE.
 */
public sealed interface LabelChange permits LabelChange.Publish, LabelChange.Tombstone {

    Subject subject();

    /** The Kafka record key: the number or segment code. */
    default String key() {
        return subject().code();
    }

    record Publish(Subject subject, ReputationLabelChanged event) implements LabelChange {
        public Publish {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(event, "event");
        }
    }

    record Tombstone(Subject subject) implements LabelChange {
        public Tombstone {
            Objects.requireNonNull(subject, "subject");
        }
    }
}
