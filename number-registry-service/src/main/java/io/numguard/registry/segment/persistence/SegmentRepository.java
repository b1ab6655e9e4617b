package io.numguard.registry.segment.persistence;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.RegulatoryCalendar;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.lookup.IndexedSegment;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Carrier;
import io.numguard.registry.segment.ExistingSegment;
import io.numguard.registry.segment.HistoryEntry;
import io.numguard.registry.segment.OrderClaim;
import io.numguard.registry.segment.Quarantine;
import io.numguard.registry.segment.Segment;
import io.numguard.registry.segment.SegmentAction;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.support.paging.Cursor;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Segment rows and their history; maps them to the domain {@link Segment} and back. */
@ApplicationScoped
public class SegmentRepository {
    /** Serialises allocations, so that two overlapping codes cannot both pass the overlap policy. */
    private static final long ALLOCATION_LOCK = 0x7265676973747279L; // "registry"

    @Inject
    EntityManager em;

    public void lockAllocations() {
        em.createNativeQuery("select pg_advisory_xact_lock(" + ALLOCATION_LOCK + ")").getSingleResult();
    }

    /** The live (not RELEASED) allocation of the code. */
    public Optional<StoredSegment> findLive(SegmentCode code) {
        return liveEntity(code, false).map(this::toStored);
    }

    /** The live allocation of the code, its row locked until the transaction ends. */
    public Optional<StoredSegment> findLiveForUpdate(SegmentCode code) {
        return liveEntity(code, true).map(this::toStored);
    }

    /** The live allocation, or else the latest released one. */
    public Optional<StoredSegment> findCurrentOrLatest(SegmentCode code) {
        return em.createQuery("from SegmentEntity s where s.code = :c order by case when s.status <> 'RELEASED' "
                        + "then 0 else 1 end, s.allocatedAt desc, s.id desc", SegmentEntity.class)
                .setParameter("c", code.value()).setMaxResults(1).getResultStream().findFirst().map(this::toStored);
    }

    public Optional<StoredSegment> findForUpdate(long id) {
        return Optional.ofNullable(em.find(SegmentEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(this::toStored);
    }

    /**
     * A page of rows filtered by licensee, province and status (the public status REVOKED/EXPIRED also matches a
     * quarantine with that cause); RELEASED rows only when asked for. Newest allocation first (allocation time, then
     * row id, both descending: a stable keyset order).
     */
    public Page<StoredSegment> list(Uscc licensee, Province province, SegmentStatus status, PageRequest page) {
        StringBuilder q = new StringBuilder("from SegmentEntity s where ").append(page.after("s.allocatedAt", "s.id"));
        if (licensee != null) {
            q.append(" and s.licenseeUscc = :l");
        }
        if (province != null) {
            q.append(" and s.province = :p");
        }
        if (status == null) {
            q.append(" and s.status <> 'RELEASED'");
        } else {
            q.append(" and (s.status = :s or (s.status = 'QUARANTINED' and s.quarantineCause = :s))");
        }
        q.append(" order by s.allocatedAt desc, s.id desc");
        TypedQuery<SegmentEntity> query = page.bind(em.createQuery(q.toString(), SegmentEntity.class),
                Long::valueOf);
        if (licensee != null) {
            query.setParameter("l", licensee.value());
        }
        if (province != null) {
            query.setParameter("p", province.code());
        }
        if (status != null) {
            query.setParameter("s", status.name());
        }
        return Page.of(query.getResultStream().map(this::toStored).toList(), page,
                s -> new Cursor(s.segment().allocatedAt(), Long.toString(s.id())));
    }

    /** Live segments whose code is a prefix of {@code code} or has it as prefix. */
    public List<ExistingSegment> overlapping(SegmentCode code) {
        return em.createQuery("select s.code, s.status from SegmentEntity s where s.status <> 'RELEASED' and "
                        + "(s.code like concat(:c, '%') or :c like concat(s.code, '%'))", Object[].class)
                .setParameter("c", code.value()).getResultStream()
                .map(r -> new ExistingSegment(SegmentCode.of((String) r[0]), SegmentStatus.valueOf((String) r[1])))
                .toList();
    }

    /** Every allocation ever made to the licensee. */
    public List<Instant> allocationTimes(Uscc licensee) {
        return em.createQuery("select s.allocatedAt from SegmentEntity s where s.licenseeUscc = :l", Instant.class)
                .setParameter("l", licensee.value()).getResultList();
    }

    /** Codes the licensee holds now (ALLOCATED or SUSPENDED). */
    public List<SegmentCode> heldCodes(Uscc licensee) {
        return em.createQuery("select s.code from SegmentEntity s where s.licenseeUscc = :l "
                        + "and s.status in ('ALLOCATED', 'SUSPENDED') order by s.code", String.class)
                .setParameter("l", licensee.value()).getResultStream().map(SegmentCode::of).toList();
    }

    /** Rows the scheduled job may have to expire or release at {@code now}; the domain decides. */
    public List<Long> dueIds(Instant now) {
        return em.createQuery("select s.id from SegmentEntity s where "
                        + "(s.status in ('ALLOCATED', 'SUSPENDED') and s.validUntil < :today) "
                        + "or (s.status = 'QUARANTINED' and s.quarantineUntil <= :now) order by s.code", Long.class)
                .setParameter("today", RegulatoryCalendar.dateOf(now)).setParameter("now", now).getResultList();
    }

    public boolean orderApplied(long segmentId, String orderId) {
        return !em.createQuery("select h.id from SegmentHistoryEntity h where h.segmentId = :s and h.orderId = :o",
                        Long.class).setParameter("s", segmentId).setParameter("o", orderId).setMaxResults(1)
                .getResultList().isEmpty();
    }

    /** Every row (RELEASED ones included, so an older allocation cannot resurface), for the number index. */
    public List<IndexedSegment> allIndexed() {
        return em.createQuery("from SegmentEntity s", SegmentEntity.class).getResultStream()
                .map(e -> IndexedSegment.of(toDomain(e, List.of(allocationEntry(e))))).toList();
    }

    /** Every row of one code, for the number index. */
    public List<IndexedSegment> indexedRows(SegmentCode code) {
        return em.createQuery("from SegmentEntity s where s.code = :c", SegmentEntity.class)
                .setParameter("c", code.value()).getResultStream()
                .map(e -> IndexedSegment.of(toDomain(e, List.of(allocationEntry(e))))).toList();
    }

    public long insert(Segment s) {
        SegmentEntity e = new SegmentEntity();
        e.code = s.code().value();
        e.licenseeUscc = s.licensee().value();
        e.province = s.province().code();
        e.allocatedAt = s.allocatedAt();
        e.allocatedBy = s.history().get(0).actor();
        e.validFrom = s.validFrom();
        e.validUntil = s.validUntil();
        copy(s, e);
        em.persist(e);
        em.flush();
        appendHistory(e.id, s.history(), 0);
        return e.id;
    }

    /** Writes the state and the history entries not stored yet. */
    public void update(StoredSegment before, Segment after) {
        SegmentEntity e = em.find(SegmentEntity.class, before.id());
        copy(after, e);
        em.flush();
        appendHistory(e.id, after.history(), before.segment().history().size());
    }

    public List<HistoryEntry> history(long segmentId) {
        return em.createQuery("from SegmentHistoryEntity h where h.segmentId = :s order by h.id",
                        SegmentHistoryEntity.class).setParameter("s", segmentId).getResultStream()
                .map(SegmentRepository::toDomain).toList();
    }

    private void appendHistory(long segmentId, List<HistoryEntry> history, int from) {
        for (int i = from; i < history.size(); i++) {
            HistoryEntry h = history.get(i);
            SegmentHistoryEntity he = new SegmentHistoryEntity();
            he.segmentId = segmentId;
            he.fromStatus = h.from() == null ? null : h.from().name();
            he.toStatus = h.to().name();
            he.action = h.action().name();
            he.at = h.at();
            he.actor = h.actor();
            he.orderId = h.orderId();
            he.reason = h.reason();
            he.claimedProposedBy = h.orderClaim() == null ? null : h.orderClaim().proposedBy();
            he.claimedApprovedBy = h.orderClaim() == null ? null : h.orderClaim().approvedBy();
            em.persist(he);
        }
    }

    private Optional<SegmentEntity> liveEntity(SegmentCode code, boolean lock) {
        TypedQuery<SegmentEntity> q = em.createQuery("from SegmentEntity s where s.code = :c "
                + "and s.status <> 'RELEASED'", SegmentEntity.class).setParameter("c", code.value());
        if (lock) {
            q.setLockMode(LockModeType.PESSIMISTIC_WRITE);
        }
        return q.getResultStream().findFirst();
    }

    private static void copy(Segment s, SegmentEntity e) {
        e.carriers = s.carriers().stream().map(Enum::name).toArray(String[]::new);
        e.outboundAuthorised = s.outboundAuthorised();
        e.expanded = s.expanded();
        e.status = s.status().name();
        Optional<Quarantine> q = s.quarantine();
        e.quarantineCause = q.map(x -> x.cause().name()).orElse(null);
        e.quarantineSince = q.map(Quarantine::since).orElse(null);
        e.quarantineUntil = q.map(Quarantine::until).orElse(null);
    }

    private StoredSegment toStored(SegmentEntity e) {
        return new StoredSegment(e.id, toDomain(e, history(e.id)));
    }

    private static Segment toDomain(SegmentEntity e, List<HistoryEntry> history) {
        Set<Carrier> carriers = EnumSet.noneOf(Carrier.class);
        Arrays.stream(e.carriers).map(Carrier::parse).forEach(carriers::add);
        Quarantine q = e.quarantineCause == null ? null
                : new Quarantine(SegmentStatus.valueOf(e.quarantineCause), e.quarantineSince, e.quarantineUntil);
        return Segment.restore(SegmentCode.of(e.code), Uscc.parse(e.licenseeUscc), Province.of(e.province), carriers,
                e.outboundAuthorised, e.expanded, e.allocatedAt, e.validFrom, e.validUntil,
                SegmentStatus.valueOf(e.status), q, new ArrayList<>(history));
    }

    /** Stands in for the history where only the state is needed. */
    private static HistoryEntry allocationEntry(SegmentEntity e) {
        return new HistoryEntry(null, SegmentStatus.ALLOCATED, SegmentAction.ALLOCATE, e.allocatedAt, e.allocatedBy,
                null, null, null);
    }

    private static HistoryEntry toDomain(SegmentHistoryEntity h) {
        return new HistoryEntry(h.fromStatus == null ? null : SegmentStatus.valueOf(h.fromStatus),
                SegmentStatus.valueOf(h.toStatus), SegmentAction.valueOf(h.action), h.at, h.actor, h.orderId,
                h.reason, OrderClaim.of(h.claimedProposedBy, h.claimedApprovedBy));
    }
}
