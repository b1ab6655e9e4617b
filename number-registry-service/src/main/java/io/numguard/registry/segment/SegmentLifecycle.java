package io.numguard.registry.segment;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.EventType;
import io.numguard.registry.DomainEvent;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.licensee.Licensee;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every operation on a segment: allocation under the allocation policies, then the moves of
 * {@link SegmentTransitions#TABLE}. Each returns {@link Verdict.Allowed} with the segment after it and the one event it
 * caused (history entries appended), or {@link Verdict.Refused} with a stable reason; nothing throws for a business
 * refusal. Holds the only setting, the quarantine period; thread-safe and stateless otherwise.
 */
public final class SegmentLifecycle {
    public static final Duration DEFAULT_QUARANTINE = Duration.ofDays(180);

    private final Duration quarantinePeriod;

    public SegmentLifecycle(Duration quarantinePeriod) {
        Objects.requireNonNull(quarantinePeriod, "quarantinePeriod");
        if (quarantinePeriod.isNegative()) {
            throw new IllegalArgumentException("quarantine period is negative");
        }
        this.quarantinePeriod = quarantinePeriod;
    }

    /** With the default quarantine of 180 days. */
    public SegmentLifecycle() {
        this(DEFAULT_QUARANTINE);
    }

    public Duration quarantinePeriod() {
        return quarantinePeriod;
    }

    /**
     * Allocates the requested code to the licensee of {@code facts} if {@code policy} allows:
     * {@code segment.allocated}, valid for {@link Segment#VALIDITY} from the allocation date.
     */
    public Verdict<SegmentChange> allocate(AllocationRequest request, AllocationFacts facts, AllocationPolicy policy) {
        Verdict<Nothing> decision = policy.evaluate(request, facts);
        if (decision instanceof Verdict.Refused<Nothing> r) {
            return r.retyped();
        }
        Licensee l = facts.licensee();
        ChangeContext ctx = ChangeContext.byUser(request.at(), request.requestedBy(), null);
        Segment s = Segment.allocated(request.code(), l.uscc(), l.province(), request.carriers(),
                request.outboundAuthorised(), ctx);
        return Verdict.allowed(new SegmentChange(s, event(EventType.SEGMENT_ALLOCATED, s, ctx)));
    }

    /** ALLOCATED -> SUSPENDED: {@code segment.suspended}. */
    public Verdict<SegmentChange> suspend(Segment segment, ChangeContext ctx) {
        return move(segment, SegmentAction.SUSPEND, ctx);
    }

    /** SUSPENDED -> ALLOCATED: {@code segment.reinstated}. */
    public Verdict<SegmentChange> reinstate(Segment segment, ChangeContext ctx) {
        return move(segment, SegmentAction.REINSTATE, ctx);
    }

    /**
     * ALLOCATED|SUSPENDED -> REVOKED -> QUARANTINED in one operation (two history entries):
     * {@code segment.revoked}. The quarantine lasts {@link #quarantinePeriod()} from now.
     */
    public Verdict<SegmentChange> revoke(Segment segment, ChangeContext ctx) {
        return move(segment, SegmentAction.REVOKE, ctx);
    }

    /**
     * ALLOCATED|SUSPENDED -> EXPIRED -> QUARANTINED, only from {@link Segment#expiresAt()} on:
     * {@code segment.expired}.
     */
    public Verdict<SegmentChange> expire(Segment segment, ChangeContext ctx) {
        return move(segment, SegmentAction.EXPIRE, ctx);
    }

    /** QUARANTINED -> RELEASED, only once the quarantine is over: {@code segment.released}. */
    public Verdict<SegmentChange> release(Segment segment, ChangeContext ctx) {
        return move(segment, SegmentAction.RELEASE, ctx);
    }

    /** Expansion to 8-digit numbers, only while ALLOCATED and only once: {@code segment.expanded}. */
    public Verdict<SegmentChange> expand(Segment segment, ChangeContext ctx) {
        Optional<Verdict<SegmentChange>> refused = refuseIfNotInTable(segment, SegmentAction.EXPAND);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (segment.expanded()) {
            return Verdict.refused(RejectionReason.SEGMENT_ALREADY_EXPANDED,
                    "segment " + segment.code() + " is already expanded to 8 digits");
        }
        Segment after = segment.withExpansion(entry(segment, SegmentAction.EXPAND, segment.status(), ctx));
        return Verdict.allowed(new SegmentChange(after, event(EventType.SEGMENT_EXPANDED, after, ctx)));
    }

    /** Grants or withdraws outbound calling, only while ALLOCATED: {@code segment.outbound-changed}. */
    public Verdict<SegmentChange> changeOutbound(Segment segment, boolean authorised, ChangeContext ctx) {
        Optional<Verdict<SegmentChange>> refused = refuseIfNotInTable(segment, SegmentAction.CHANGE_OUTBOUND);
        if (refused.isPresent()) {
            return refused.get();
        }
        if (segment.outboundAuthorised() == authorised) {
            return Verdict.refused(RejectionReason.OUTBOUND_UNCHANGED, "segment " + segment.code() + " is already "
                    + (authorised ? "authorised for outbound calls" : "inbound only"));
        }
        Segment after = segment.withOutbound(authorised,
                entry(segment, SegmentAction.CHANGE_OUTBOUND, segment.status(), ctx));
        return Verdict.allowed(new SegmentChange(after, event(EventType.SEGMENT_OUTBOUND_CHANGED, after, ctx)));
    }

    /**
     * The scheduled job's question: of {@code segments}, which have reached the end of validity (ALLOCATED or
     * SUSPENDED, {@code now >= expiresAt}) and which quarantines are over ({@code now >= quarantine.until}).
     * Both lists are ordered by code. The repository can narrow its query to
     * {@code status in (ALLOCATED, SUSPENDED) and valid_until < today} and
     * {@code status = QUARANTINED and quarantine_until <= now}.
     */
    public DueTransitions due(Collection<Segment> segments, Instant now) {
        List<Segment> expire = new ArrayList<>();
        List<Segment> release = new ArrayList<>();
        for (Segment s : segments) {
            if ((s.status() == SegmentStatus.ALLOCATED || s.status() == SegmentStatus.SUSPENDED)
                    && !now.isBefore(s.expiresAt())) {
                expire.add(s);
            } else if (s.status() == SegmentStatus.QUARANTINED && !now.isBefore(s.quarantine().orElseThrow().until())) {
                release.add(s);
            }
        }
        expire.sort(Comparator.comparing(Segment::code));
        release.sort(Comparator.comparing(Segment::code));
        return new DueTransitions(expire, release);
    }

    /**
     * Runs what {@link #due} finds, attributed to the scheduler: expirations first, then releases. A segment that
     * expires now is quarantined and so is not released in the same run.
     */
    public List<SegmentChange> runDue(Collection<Segment> segments, Instant now) {
        DueTransitions due = due(segments, now);
        List<SegmentChange> changes = new ArrayList<>();
        for (Segment s : due.toExpire()) {
            changes.add(expire(s, ChangeContext.byScheduler(now, "end of validity " + s.validUntil())).value());
        }
        for (Segment s : due.toRelease()) {
            changes.add(release(s, ChangeContext.byScheduler(now, "end of quarantine")).value());
        }
        return changes;
    }

    private Verdict<SegmentChange> move(Segment segment, SegmentAction action, ChangeContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        Optional<Verdict<SegmentChange>> refused = refuseIfNotInTable(segment, action);
        if (refused.isPresent()) {
            return refused.get();
        }
        SegmentTransitions.Transition t = SegmentTransitions.find(segment.status(), action).orElseThrow();
        Instant now = ctx.at();
        if (action == SegmentAction.EXPIRE && now.isBefore(segment.expiresAt())) {
            return Verdict.refused(RejectionReason.SEGMENT_NOT_YET_EXPIRED, "segment " + segment.code()
                    + " is valid until " + segment.validUntil() + "; it expires at " + segment.expiresAt());
        }
        if (action == SegmentAction.RELEASE) {
            Instant until = segment.quarantine().orElseThrow().until();
            if (now.isBefore(until)) {
                return Verdict.refused(RejectionReason.QUARANTINE_NOT_OVER,
                        "segment " + segment.code() + " is quarantined until " + until);
            }
        }
        Segment after = segment.moved(t.to(), segment.quarantine().orElse(null), entry(segment, action, t.to(), ctx));
        if (t.to() == SegmentStatus.REVOKED || t.to() == SegmentStatus.EXPIRED) {
            // ended segments go into quarantine at once; the event of the operation is the REVOKED/EXPIRED one
            SegmentTransitions.Transition q = SegmentTransitions.find(after.status(), SegmentAction.QUARANTINE)
                    .orElseThrow();
            Quarantine quarantine = new Quarantine(t.to(), now, now.plus(quarantinePeriod));
            after = after.moved(q.to(), quarantine, entry(after, SegmentAction.QUARANTINE, q.to(),
                    new ChangeContext(now, ctx.actor(), ctx.orderId(),
                            "quarantined until " + quarantine.until(), ctx.orderClaim())));
        }
        return Verdict.allowed(new SegmentChange(after, event(t.event(), after, ctx)));
    }

    private static Optional<Verdict<SegmentChange>> refuseIfNotInTable(Segment segment, SegmentAction action) {
        if (SegmentTransitions.find(segment.status(), action).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Verdict.refused(RejectionReason.SEGMENT_TRANSITION_NOT_ALLOWED,
                "cannot " + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " segment " + segment.code()
                        + ": it is " + segment.status() + "; allowed only from "
                        + SegmentTransitions.allowedFrom(action)));
    }

    private static HistoryEntry entry(Segment before, SegmentAction action, SegmentStatus to, ChangeContext ctx) {
        return new HistoryEntry(before.status(), to, action, ctx.at(), ctx.actor(), ctx.orderId(), ctx.reason(),
                ctx.orderClaim());
    }

    private static DomainEvent event(EventType type, Segment after, ChangeContext ctx) {
        return new DomainEvent(type, after.code().value(), ctx.at(), after.toEventData(ctx));
    }
}
