package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;

import java.util.Optional;

/**
 * A segment's registry status as the index and the verdict pack it, in {@value #BITS} bits: {@link #UNKNOWN} (0)
 * when the registry never announced the segment or named a status this version of the contract does not know, the
 * contract status's ordinal + 1 otherwise. Unknown is this service's notion (the verdict has a rule for it), so it
 * is a code here rather than a constant of the shared enum.
 */
final class StatusCode {
    static final int BITS = 3;
    static final int MASK = (1 << BITS) - 1;
    static final int UNKNOWN = 0;
    /** What the API shows for {@link #UNKNOWN}. */
    static final String UNKNOWN_NAME = "UNKNOWN";

    private static final SegmentStatus[] STATUSES = SegmentStatus.values();
    /** How many codes there are: unknown and one per contract status; arrays indexed by code have this length. */
    static final int COUNT = STATUSES.length + 1;

    static {
        if (COUNT > MASK + 1) {
            throw new ExceptionInInitializerError(COUNT + " segment status codes do not fit in " + BITS + " bits");
        }
    }

    private StatusCode() {
    }

    static int of(SegmentStatus status) {
        return status.ordinal() + 1;
    }

    static int of(Optional<SegmentStatus> status) {
        return status.isPresent() ? of(status.get()) : UNKNOWN;
    }

    static Optional<SegmentStatus> status(int code) {
        return code == UNKNOWN ? Optional.empty() : Optional.of(STATUSES[code - 1]);
    }

    /** The contract's name of the status, or {@value #UNKNOWN_NAME}. */
    static String name(int code) {
        return code == UNKNOWN ? UNKNOWN_NAME : STATUSES[code - 1].name();
    }
}
