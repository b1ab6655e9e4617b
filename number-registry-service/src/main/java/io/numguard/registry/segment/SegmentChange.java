package io.numguard.registry.segment;

import io.numguard.registry.DomainEvent;

/** A segment after an operation, and the event to write to the outbox in the same transaction. */
public record SegmentChange(Segment segment, DomainEvent event) {
}
