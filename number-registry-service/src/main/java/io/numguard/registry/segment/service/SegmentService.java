package io.numguard.registry.segment.service;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.Order;
import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.common.Actor;
import io.numguard.registry.common.Now;
import io.numguard.registry.common.Problems;
import io.numguard.registry.common.service.EventPublisher;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.licensee.persistence.LicenseeRepository;
import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.lookup.service.IndexChange;
import io.numguard.registry.numberplan.InvalidSegmentCodeException;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.opendata.service.BarredSegmentsFeed;
import io.numguard.registry.sanction.persistence.SanctionRepository;
import io.numguard.registry.segment.AllocationFacts;
import io.numguard.registry.segment.AllocationPolicy;
import io.numguard.registry.segment.AllocationRequest;
import io.numguard.registry.segment.ChangeContext;
import io.numguard.registry.segment.OrderClaim;
import io.numguard.registry.segment.OutboundPolicies;
import io.numguard.registry.segment.Segment;
import io.numguard.registry.segment.SegmentChange;
import io.numguard.registry.segment.SegmentLifecycle;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.registry.segment.persistence.SegmentRepository;
import io.numguard.registry.segment.persistence.StoredSegment;
import io.numguard.support.inbox.RejectedEventException;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Allocation and every later change of a segment. Each change is stored with its history entry, its
 * {@code segment.*} event goes to the outbox in the same transaction, and the number index is updated after commit.
 */
@ApplicationScoped
@Transactional
public class SegmentService {
    private static final Logger LOG = Logger.getLogger(SegmentService.class);

    @Inject
    SegmentRepository segments;
    @Inject
    LicenseeRepository licensees;
    @Inject
    SanctionRepository sanctions;
    @Inject
    SegmentLifecycle lifecycle;
    @Inject
    AllocationPolicy allocationPolicy;
    @Inject
    EventPublisher events;
    @Inject
    Event<IndexChange> indexChanges;
    @Inject
    BarredSegmentsFeed barredFeed;
    @Inject
    Clock clock;

    /** {@code segment.allocated}, under every allocation policy; each refusal has its own problem type. */
    public Segment allocate(AllocateSegment cmd, Actor actor) {
        Licensee licensee = licensees.find(cmd.licensee())
                .orElseThrow(() -> ProblemException.notFound("licensee", cmd.licensee().value()));
        Instant now = Now.of(clock);
        AllocationRequest request = Problems.value(() -> new AllocationRequest(cmd.code(), cmd.carriers(),
                cmd.outboundAuthorised(), actor.province(), actor.userId(), now), "carriers");
        segments.lockAllocations();
        AllocationFacts facts = new AllocationFacts(licensee, segments.overlapping(cmd.code()),
                sanctions.activeAgainst(licensee, now));
        SegmentChange change = Refusals.valueOrThrow(lifecycle.allocate(request, facts, allocationPolicy));
        segments.insert(change.segment());
        events.publish(change.event());
        indexChanges.fire(new IndexChange.SegmentRow(IndexedSegment.of(change.segment())));
        return change.segment();
    }

    /** The live allocation of the code, or else its latest one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Segment get(SegmentCode code) {
        return segments.findCurrentOrLatest(code).map(StoredSegment::segment)
                .orElseThrow(() -> ProblemException.notFound("segment", code.value()));
    }

    /** @param province null for every province */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Segment> list(Uscc licensee, Province province, SegmentStatus status, PageRequest page) {
        return segments.list(licensee, province, status, page).map(StoredSegment::segment);
    }

    /** Expansion to 8-digit numbers: {@code segment.expanded}. */
    public Segment expand(SegmentCode code, Actor actor) {
        StoredSegment stored = segments.findLiveForUpdate(code)
                .orElseThrow(() -> ProblemException.notFound("segment", code.value()));
        requireProvince(stored.segment(), actor);
        return apply(stored, lifecycle.expand(stored.segment(),
                ChangeContext.byUser(Now.of(clock), actor.userId(), "expansion to 8 digits")));
    }

    /** Grants or withdraws outbound calling: {@code segment.outbound-changed}. */
    public Segment changeOutbound(SegmentCode code, boolean authorised, Actor actor) {
        StoredSegment stored = segments.findLiveForUpdate(code)
                .orElseThrow(() -> ProblemException.notFound("segment", code.value()));
        requireProvince(stored.segment(), actor);
        Verdict<Nothing> sanctioned = OutboundPolicies.sanctionedLicenseeGetsNoOutbound(stored.segment(), authorised,
                sanctions.activeAgainst(List.of(stored.segment().licensee()), clock.instant()));
        if (sanctioned instanceof Verdict.Refused<Nothing> r) {
            throw Refusals.problem(r);
        }
        return apply(stored, lifecycle.changeOutbound(stored.segment(), authorised,
                ChangeContext.byUser(Now.of(clock), actor.userId(), null)));
    }

    /**
     * An enforcement order. Runs inside the inbox transaction (the event id is recorded with the effect). An order
     * already applied (same order id in the history) or whose outcome already holds is a no-op; an order for a
     * segment the registry does not hold, or that can never apply, is rejected to the dead-letter topic.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyOrder(EventType type, Order order) {
        SegmentCode code;
        try {
            code = SegmentCode.of(order.segmentCode());
        } catch (InvalidSegmentCodeException e) {
            throw new RejectedEventException("order " + order.orderId() + ": " + e.getMessage());
        }
        StoredSegment stored = segments.findLiveForUpdate(code).orElseThrow(() -> new RejectedEventException(
                "order " + order.orderId() + " names segment " + code + ", which this registry does not hold"));
        if (segments.orderApplied(stored.id(), order.orderId())) {
            LOG.infof("order %s already applied to segment %s", order.orderId(), code);
            return;
        }
        Segment s = stored.segment();
        ChangeContext ctx = ChangeContext.byOrder(Now.of(clock), order.orderId(),
                OrderClaim.of(order.proposedBy(), order.approvedBy()), order.reason());
        SegmentStatus target;
        Verdict<SegmentChange> result;
        switch (type) {
            case ORDER_SUSPEND -> {
                target = SegmentStatus.SUSPENDED;
                result = lifecycle.suspend(s, ctx);
            }
            case ORDER_REINSTATE -> {
                target = SegmentStatus.ALLOCATED;
                result = lifecycle.reinstate(s, ctx);
            }
            case ORDER_REVOKE -> {
                target = SegmentStatus.REVOKED;
                result = lifecycle.revoke(s, ctx);
            }
            default -> throw new RejectedEventException(type.wireName() + " is not an order");
        }
        if (result instanceof Verdict.Refused<SegmentChange> refused) {
            if (s.publicStatus() == target) {
                LOG.infof("order %s: segment %s is already %s", order.orderId(), code, target);
                return;
            }
            throw new RejectedEventException("order " + order.orderId() + " cannot apply: " + refused.detail()
                    + " (" + refused.reason().slug() + ")");
        }
        apply(stored, result);
    }

    /**
     * The scheduled job: every segment at the end of its validity expires (into quarantine), every quarantine that
     * is over is released. Each segment in its own transaction; returns how many changed.
     */
    @Transactional(Transactional.TxType.NEVER)
    public int runDue(Instant now) {
        List<Long> ids = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> segments.dueIds(now));
        int changed = 0;
        for (Long id : ids) {
            try {
                changed += io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> runDue(id, now));
            } catch (RuntimeException e) {
                LOG.warnf("segment row %d: expiry/release failed, will retry: %s", id, e.getMessage());
            }
        }
        return changed;
    }

    private int runDue(long id, Instant now) {
        StoredSegment stored = segments.findForUpdate(id).orElse(null);
        if (stored == null) {
            return 0;
        }
        List<SegmentChange> changes = lifecycle.runDue(List.of(stored.segment()), now);
        for (SegmentChange change : changes) {
            apply(stored, Verdict.allowed(change));
        }
        return changes.size();
    }

    private Segment apply(StoredSegment stored, Verdict<SegmentChange> result) {
        SegmentChange change = Refusals.valueOrThrow(result);
        segments.update(stored, change.segment());
        events.publish(change.event());
        // the open-data feed in the same transaction (an allocation is never barred, so only changes come here)
        barredFeed.follow(change.segment());
        indexChanges.fire(new IndexChange.SegmentRow(IndexedSegment.of(change.segment())));
        return change.segment();
    }

    private static void requireProvince(Segment s, Actor actor) {
        if (!actor.covers(s.province())) {
            throw Problems.of(RejectionReason.OUTSIDE_PROVINCE, "a regulator of " + actor.province()
                    + " cannot act on segment " + s.code() + " of province " + s.province());
        }
    }
}
