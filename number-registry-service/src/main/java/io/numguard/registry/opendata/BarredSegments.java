package io.numguard.registry.opendata;

import io.numguard.registry.segment.HistoryEntry;
import io.numguard.registry.segment.Quarantine;
import io.numguard.registry.segment.Segment;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.support.opendata.FeedSpec;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the public barred-segments feed shows of a segment: only suspended and quarantined ones (a revoked segment
 * is quarantined at once, and shows as REVOKED; one quarantined at the end of its validity as QUARANTINED), with
 * code, status, since when, the licensee's USCC and name and the province. Nothing else of the registry (no legal
 * representative, no sub-number filing, no end client) can reach a row: these are the feed's only columns.
 */
public final class BarredSegments {
    public static final FeedSpec FEED = new FeedSpec("segments/barred",
            List.of("code", "status", "since", "licenseeUscc", "licenseeName", "province"));

    private BarredSegments() {
    }

    /** The feed row of the segment, or empty when it is not barred (allocated, released): then it is removed. */
    public static Optional<List<String>> row(Segment s, String licenseeName) {
        Optional<Quarantine> q = s.quarantine();
        List<HistoryEntry> h = s.history();
        Instant lastChange = h.isEmpty() ? s.allocatedAt() : h.get(h.size() - 1).at();
        return row(s.code().value(), s.status(), q.map(Quarantine::cause).orElse(null),
                q.map(Quarantine::since).orElse(null), lastChange, s.licensee().value(), licenseeName,
                s.province().code());
    }

    /**
     * The same from stored columns (the start-up reconciliation reads them in one query).
     *
     * @param lastChange when the segment last changed status (the suspension, for a suspended one)
     */
    public static Optional<List<String>> row(String code, SegmentStatus status, SegmentStatus quarantineCause,
                                             Instant quarantineSince, Instant lastChange, String licenseeUscc,
                                             String licenseeName, String province) {
        String shown;
        Instant since;
        switch (status) {
            case SUSPENDED -> {
                shown = "SUSPENDED";
                since = lastChange;
            }
            case QUARANTINED -> {
                shown = quarantineCause == SegmentStatus.REVOKED ? "REVOKED" : "QUARANTINED";
                since = quarantineSince != null ? quarantineSince : lastChange;
            }
            case REVOKED -> {
                shown = "REVOKED";
                since = lastChange;
            }
            default -> {
                return Optional.empty();
            }
        }
        return Optional.of(FEED.row(code, shown, since.toString(), licenseeUscc, licenseeName, province));
    }
}
