package io.numguard.complaint.opendata;

import io.numguard.support.opendata.FeedSpec;

import java.util.List;

/**
 * What the public segment-labels feed shows: a labelled segment's code, its current reputation label and since when
 * it has it. Not scores or complaint counts, not numbers, and nothing about complainants: these are its only
 * columns.
 */
public final class SegmentLabels {
    public static final FeedSpec FEED = new FeedSpec("labels/segments", List.of("code", "label", "since"));

    private SegmentLabels() {
    }
}
