package io.numguard.complaint.reputation;

/** One segment's complaint counts over the rolling windows, with its reputation label and registry status. */
public record SegmentStats(String segmentCode, long complaints24h, long complaints7d, long complaints30d,
                           long weighted30d, long distinctComplainants30d, String label, String status) {
}
