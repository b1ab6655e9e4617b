package io.numguard.registry.segment;

import java.util.List;

/** What the scheduled job has to do now: segments whose validity ended, and quarantines that are over. */
public record DueTransitions(List<Segment> toExpire, List<Segment> toRelease) {
    public DueTransitions {
        toExpire = List.copyOf(toExpire);
        toRelease = List.copyOf(toRelease);
    }

    public boolean isEmpty() {
        return toExpire.isEmpty() && toRelease.isEmpty();
    }
}
