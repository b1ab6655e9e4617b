package io.numguard.complaint.reputation.service;

import io.numguard.complaint.reputation.SegmentStats;
import io.numguard.complaint.reputation.persistence.SegmentStatsStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The most complained segments for regulators: sums of the segments' hourly buckets over the rolling windows. */
@ApplicationScoped
public class SegmentStatsService {
    @Inject
    SegmentStatsStore store;
    @Inject
    Clock clock;

    /** Most complained first: by weighted count over 30 days (a police referral weighs most), then by count. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SegmentStats> top(int n) {
        return store.top(clock.instant(), n);
    }
}
