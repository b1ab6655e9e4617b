package io.numguard.enforcement.cases.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import io.numguard.contracts.events.Order;
import io.numguard.enforcement.cases.CaseState;
import io.numguard.enforcement.cases.CaseSubject;
import io.numguard.enforcement.cases.CaseTrigger;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.Escalation;
import io.numguard.enforcement.cases.OpenCases;
import io.numguard.enforcement.cases.Proposal;
import io.numguard.enforcement.common.service.Json;
import io.numguard.support.paging.Cursor;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Cases and their orders in the database, mapped to and from the domain's immutable records. */
@ApplicationScoped
public class CaseRepository {
    @Inject
    EntityManager em;
    @Inject
    Json json;

    /**
     * Serialises everything that may open a case for this subject (signals, referrals, a regulator) until the
     * transaction ends, so "attach or open" is decided on a settled view. The partial unique index on open cases
     * is the database's own guard behind it.
     */
    public void lockSubject(CaseSubject subject) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "case-subject:" + subject).getSingleResult();
    }

    /** The open case of a subject (the caller should hold {@link #lockSubject}). */
    public OpenCases openCases() {
        return subject -> em.createQuery("from CaseEntity where subjectKind = :k and subjectId = :id "
                        + "and state <> 'CLOSED'", CaseEntity.class)
                .setParameter("k", subject.kind().name()).setParameter("id", subject.id())
                .getResultStream().findFirst().map(this::toDomain);
    }

    /** The open cases of these segments, by subject, in one query (the caller should hold their locks). */
    public Map<CaseSubject, EnforcementCase> openCasesOfSegments(Collection<String> codes) {
        Map<CaseSubject, EnforcementCase> out = new HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        em.createQuery("from CaseEntity where subjectKind = :k and subjectId in :ids and state <> 'CLOSED'",
                        CaseEntity.class)
                .setParameter("k", CaseSubject.Kind.SEGMENT.name()).setParameter("ids", codes)
                .getResultStream().map(this::toDomain).forEach(c -> out.put(c.subject(), c));
        return out;
    }

    public Optional<EnforcementCase> find(String id) {
        return Optional.ofNullable(em.find(CaseEntity.class, id)).map(this::toDomain);
    }

    /** Loads the case with a row lock, so that two actions on one case are taken one after the other. */
    public Optional<EnforcementCase> findForUpdate(String id) {
        return Optional.ofNullable(em.find(CaseEntity.class, id, LockModeType.PESSIMISTIC_WRITE)).map(this::toDomain);
    }

    /** Cases whose rectification deadline has passed; rows held by another run are skipped. */
    @SuppressWarnings("unchecked")
    public List<String> rectificationOverdueIds(java.time.Instant now, int limit) {
        return em.createNativeQuery("""
                        select id from enforcement_case
                        where state = 'RECTIFICATION_ORDERED' and rectification_deadline < ?1
                        order by rectification_deadline limit ?2 for update skip locked""")
                .setParameter(1, now).setParameter(2, limit).getResultList();
    }

    /** A page of cases, newest first (opened time, then id, both descending: a stable keyset order). */
    public Page<EnforcementCase> list(String province, CaseState state, PageRequest page) {
        StringBuilder q = new StringBuilder("from CaseEntity where ").append(page.after("openedAt", "id"));
        if (province != null) {
            q.append(" and province = :p");
        }
        if (state != null) {
            q.append(" and state = :s");
        }
        q.append(" order by openedAt desc, id desc");
        var query = page.bind(em.createQuery(q.toString(), CaseEntity.class));
        if (province != null) {
            query.setParameter("p", province);
        }
        if (state != null) {
            query.setParameter("s", state.name());
        }
        return Page.of(query.getResultStream().map(this::toDomain).toList(), page,
                c -> new Cursor(c.openedAt(), c.id()));
    }

    /** Cases per state, of one province (null: all), counted by the database (one index scan, not a list). */
    public Map<CaseState, Long> countsByState(String province) {
        var q = em.createQuery("select state, count(*) from CaseEntity" + (province != null ? " where province = :p" : "")
                + " group by state", Object[].class);
        if (province != null) {
            q.setParameter("p", province);
        }
        Map<CaseState, Long> counts = new java.util.EnumMap<>(CaseState.class);
        for (Object[] row : q.getResultList()) {
            counts.put(CaseState.valueOf((String) row[0]), (Long) row[1]);
        }
        return counts;
    }

    /** Inserts or updates the case. */
    public void save(EnforcementCase c) {
        CaseEntity e = em.find(CaseEntity.class, c.id());
        boolean isNew = e == null;
        if (isNew) {
            e = new CaseEntity();
            e.id = c.id();
        }
        e.subjectKind = c.subject().kind().name();
        e.subjectId = c.subject().id();
        e.licenseeUscc = c.licenseeUscc();
        e.province = c.province();
        e.segmentCodes = String.join(",", c.segmentCodes());
        e.state = c.state().name();
        e.openedAt = c.openedAt();
        e.openedBy = c.openedBy();
        e.triggers = json.write(c.triggers());
        e.pendingProposal = json.write(c.pendingProposal());
        e.rectificationDeadline = c.rectificationDeadline();
        e.orderIds = json.write(c.orderIds());
        e.escalations = json.write(c.escalations());
        e.updatedAt = c.updatedAt();
        if (isNew) {
            em.persist(e);
        }
    }

    public void saveOrder(Order order) {
        em.persist(OrderEntity.of(order));
    }

    public Optional<Order> findOrder(String orderId) {
        return Optional.ofNullable(em.find(OrderEntity.class, orderId)).map(OrderEntity::toOrder);
    }

    public List<Order> ordersOf(String caseId) {
        return em.createQuery("from OrderEntity where caseId = :c order by decidedAt, orderId", OrderEntity.class)
                .setParameter("c", caseId).getResultStream().map(OrderEntity::toOrder).toList();
    }

    public void flush() {
        em.flush();
    }

    private EnforcementCase toDomain(CaseEntity e) {
        List<String> segments = e.segmentCodes == null || e.segmentCodes.isBlank() ? List.of()
                : Arrays.asList(e.segmentCodes.split(","));
        return new EnforcementCase(e.id, new CaseSubject(CaseSubject.Kind.valueOf(e.subjectKind), e.subjectId),
                e.licenseeUscc, e.province, segments, CaseState.valueOf(e.state), e.openedAt, e.openedBy,
                json.read(e.triggers, new TypeReference<List<CaseTrigger>>() { }),
                json.read(e.pendingProposal, Proposal.class), e.rectificationDeadline,
                json.read(e.orderIds, new TypeReference<List<String>>() { }),
                json.read(e.escalations, new TypeReference<List<Escalation>>() { }), e.updatedAt);
    }
}
