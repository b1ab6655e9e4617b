package io.numguard.complaint.segment.service;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.persistence.Sql;
import io.numguard.complaint.reputation.SegmentStatus;
import io.numguard.complaint.reputation.index.ReputationIndexKeeper;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SubNumberFiled;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The registry's segment state, kept locally from {@code segment.*} events (each carries the whole state). */
@ApplicationScoped
public class SegmentRegistryService {
    @Inject
    EntityManager em;
    @Inject
    ReputationIndexKeeper keeper;
    @Inject
    Clock clock;

    /**
     * Stores the segment's state unless a later one is already stored (events of one segment arrive in order on
     * its partition; the check guards a replay of older history). The index follows after commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventType type, SegmentChanged event) {
        if (!Subject.isSegmentCode(event.code())) {
            throw new RejectedEventException("not a segment code: " + event.code());
        }
        SegmentStatus status = SegmentStatus.parse(event.status());
        if (status == SegmentStatus.UNKNOWN) {
            throw new RejectedEventException("unknown segment status " + event.status());
        }
        int changed = em.createNativeQuery("""
                        insert into segment_registry (code, status, outbound_authorised, expanded, licensee_uscc,
                            province, carriers, occurred_at, updated_at)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
                        on conflict (code) do update set status = excluded.status,
                            outbound_authorised = excluded.outbound_authorised, expanded = excluded.expanded,
                            licensee_uscc = excluded.licensee_uscc, province = excluded.province,
                            carriers = excluded.carriers, occurred_at = excluded.occurred_at,
                            updated_at = excluded.updated_at
                        where segment_registry.occurred_at is null or excluded.occurred_at is null
                            or excluded.occurred_at >= segment_registry.occurred_at""")
                .setParameter(1, event.code())
                .setParameter(2, status.name())
                .setParameter(3, event.outboundAuthorised())
                .setParameter(4, event.expanded())
                .setParameter(5, event.licenseeUscc())
                .setParameter(6, event.province())
                .setParameter(7, String.join(",", event.carriers()))
                .setParameter(8, Sql.ts(event.occurredAt()))
                .setParameter(9, Sql.ts(clock.instant()))
                .executeUpdate();
        if (changed > 0) {
            keeper.afterCommit(index -> index.applySegmentEvent(event));
        }
        if (type == EventType.SEGMENT_EXPANDED) {
            // every filing of the segment comes after this event on its partition: from now on all are known
            em.createNativeQuery("update segment_registry set filings_tracked = true where code = ?1")
                    .setParameter(1, event.code()).executeUpdate();
            keeper.afterCommit(index -> index.setSubNumberFilingsTracked(event.code(), true));
        } else if (type == EventType.SEGMENT_ALLOCATED || type == EventType.SEGMENT_RELEASED) {
            forgetFilings(event.code());
        }
        return changed > 0;
    }

    /**
     * A filed sub-number, kept until its segment is released or allocated anew. Idempotent: the same or an older
     * filing of the number changes nothing. A number that is not an 8-digit number of the segment can never apply.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFiling(SubNumberFiled filing) {
        if (!Subject.isSegmentCode(filing.segmentCode()) || filing.number().length() != 8
                || !filing.number().startsWith(filing.segmentCode()) || !filing.number().chars()
                .allMatch(Character::isDigit)) {
            throw new RejectedEventException("number " + filing.number() + " is not an 8-digit sub-number of segment "
                    + filing.segmentCode());
        }
        em.createNativeQuery("""
                        insert into sub_number_filing (number, segment_code, filed_at, updated_at)
                        values (?1, ?2, ?3, ?4)
                        on conflict (number) do update set segment_code = excluded.segment_code,
                            filed_at = excluded.filed_at, updated_at = excluded.updated_at
                        where excluded.filed_at >= sub_number_filing.filed_at""")
                .setParameter(1, filing.number()).setParameter(2, filing.segmentCode())
                .setParameter(3, Sql.ts(filing.filedAt())).setParameter(4, Sql.ts(clock.instant()))
                .executeUpdate();
        PhoneNumber number = new PhoneNumber(filing.number());
        keeper.afterCommit(index -> index.putSubNumberFiling(number, true));
    }

    /** A new allocation of the code (or its release) voids the filings of the one before. */
    private void forgetFilings(String code) {
        @SuppressWarnings("unchecked")
        List<String> numbers = em.createNativeQuery("delete from sub_number_filing where segment_code = ?1 "
                + "returning number").setParameter(1, code).getResultList();
        em.createNativeQuery("update segment_registry set filings_tracked = false where code = ?1")
                .setParameter(1, code).executeUpdate();
        keeper.afterCommit(index -> {
            index.setSubNumberFilingsTracked(code, false);
            numbers.forEach(n -> index.putSubNumberFiling(new PhoneNumber(n), false));
        });
    }
}
