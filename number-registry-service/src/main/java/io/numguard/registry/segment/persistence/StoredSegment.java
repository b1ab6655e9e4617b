package io.numguard.registry.segment.persistence;

import io.numguard.registry.segment.Segment;

/** A segment with the id of its row (one row per allocation). */
public record StoredSegment(long id, Segment segment) {
}
