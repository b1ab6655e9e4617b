package io.numguard.registry.segment.rest;

import java.util.List;

/** {@code GET /api/segments/{code}/history}: the segment and its changes, oldest first. */
public record SegmentHistoryView(SegmentView segment, List<HistoryView> history) {
}
