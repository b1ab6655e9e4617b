package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.EventType;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.numguard.registry.segment.SegmentAction.CHANGE_OUTBOUND;
import static io.numguard.registry.segment.SegmentAction.EXPAND;
import static io.numguard.registry.segment.SegmentAction.EXPIRE;
import static io.numguard.registry.segment.SegmentAction.QUARANTINE;
import static io.numguard.registry.segment.SegmentAction.REINSTATE;
import static io.numguard.registry.segment.SegmentAction.RELEASE;
import static io.numguard.registry.segment.SegmentAction.REVOKE;
import static io.numguard.registry.segment.SegmentAction.SUSPEND;
import static io.numguard.contracts.events.SegmentStatus.ALLOCATED;
import static io.numguard.contracts.events.SegmentStatus.EXPIRED;
import static io.numguard.contracts.events.SegmentStatus.QUARANTINED;
import static io.numguard.contracts.events.SegmentStatus.RELEASED;
import static io.numguard.contracts.events.SegmentStatus.REVOKED;
import static io.numguard.contracts.events.SegmentStatus.SUSPENDED;

/**
 * The segment lifecycle as one table: every allowed (status, action) pair, the status it leads to and the event it
 * causes. A pair that is not here is refused. Guards on top of the table live in {@link SegmentLifecycle} and are
 * noted here: EXPIRE only at the end of validity, RELEASE only once the quarantine period is over, EXPAND only once,
 * CHANGE_OUTBOUND only to a different value.
 */
public final class SegmentTransitions {

    /**
     * One row of the table.
     *
     * @param event null for QUARANTINE: the contract has no event for it; the REVOKED or EXPIRED event of the same
     *              operation already tells consumers, and RELEASE tells them when the quarantine ends
     */
    public record Transition(SegmentStatus from, SegmentAction action, SegmentStatus to, EventType event) {
        public Optional<EventType> eventType() {
            return Optional.ofNullable(event);
        }
    }

    public static final List<Transition> TABLE = List.of(
            //             from         action           to           event
            new Transition(ALLOCATED,   SUSPEND,         SUSPENDED,   EventType.SEGMENT_SUSPENDED),
            new Transition(SUSPENDED,   REINSTATE,       ALLOCATED,   EventType.SEGMENT_REINSTATED),
            new Transition(ALLOCATED,   REVOKE,          REVOKED,     EventType.SEGMENT_REVOKED),
            new Transition(SUSPENDED,   REVOKE,          REVOKED,     EventType.SEGMENT_REVOKED),
            new Transition(ALLOCATED,   EXPIRE,          EXPIRED,     EventType.SEGMENT_EXPIRED),
            new Transition(SUSPENDED,   EXPIRE,          EXPIRED,     EventType.SEGMENT_EXPIRED),
            new Transition(REVOKED,     QUARANTINE,      QUARANTINED, null),
            new Transition(EXPIRED,     QUARANTINE,      QUARANTINED, null),
            new Transition(QUARANTINED, RELEASE,         RELEASED,    EventType.SEGMENT_RELEASED),
            new Transition(ALLOCATED,   EXPAND,          ALLOCATED,   EventType.SEGMENT_EXPANDED),
            new Transition(ALLOCATED,   CHANGE_OUTBOUND, ALLOCATED,   EventType.SEGMENT_OUTBOUND_CHANGED));

    private SegmentTransitions() {
    }

    public static Optional<Transition> find(SegmentStatus from, SegmentAction action) {
        for (Transition t : TABLE) {
            if (t.from() == from && t.action() == action) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** The statuses from which the action is allowed, for refusal messages. */
    public static Set<SegmentStatus> allowedFrom(SegmentAction action) {
        Set<SegmentStatus> from = EnumSet.noneOf(SegmentStatus.class);
        for (Transition t : TABLE) {
            if (t.action() == action) {
                from.add(t.from());
            }
        }
        return from;
    }
}
