package io.numguard.registry.subnumber.persistence;

import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.subnumber.EndClient;
import io.numguard.registry.subnumber.SubNumberFiling;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

/**
 * One filing per number: a re-filing is a correction that replaces the current filing; every filing, the replaced ones
 * included, stays in the audit table (the number's history).
 */
@ApplicationScoped
public class SubNumberFilingRepository {
    @Inject
    EntityManager em;

    /**
     * @return the filing this one replaces, if the number was filed before under the same allocation (a filing of an
     *         earlier allocation of the code is not corrected, it is void)
     */
    public Optional<SubNumberFiling> save(long segmentId, SubNumberFiling f) {
        SubNumberFilingEntity e = em.find(SubNumberFilingEntity.class, f.number().digits(),
                LockModeType.PESSIMISTIC_WRITE);
        Optional<SubNumberFiling> replaced = e != null && e.segmentId == segmentId ? Optional.of(toDomain(e))
                : Optional.empty();
        if (e == null) {
            e = new SubNumberFilingEntity();
            e.number = f.number().digits();
            copy(segmentId, f, e);
            em.persist(e);
        } else {
            copy(segmentId, f, e);
        }
        em.createNativeQuery("""
                        insert into sub_number_filing_audit (number, segment_code, licensee_uscc, end_client_name,
                            end_client_uscc, purpose, filed_at, filed_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, e.number).setParameter(2, e.segmentCode).setParameter(3, e.licenseeUscc)
                .setParameter(4, e.endClientName).setParameter(5, e.endClientUscc).setParameter(6, e.purpose)
                .setParameter(7, e.filedAt).setParameter(8, e.filedBy).executeUpdate();
        return replaced;
    }

    public List<SubNumberFiling> all() {
        return em.createQuery("from SubNumberFilingEntity f", SubNumberFilingEntity.class).getResultStream()
                .map(SubNumberFilingRepository::toDomain).toList();
    }

    private static void copy(long segmentId, SubNumberFiling f, SubNumberFilingEntity e) {
        e.segmentId = segmentId;
        e.segmentCode = f.segment().value();
        e.licenseeUscc = f.licensee().value();
        e.endClientName = f.endClient().name();
        e.endClientUscc = f.endClient().uscc() == null ? null : f.endClient().uscc().value();
        e.purpose = f.endClient().purpose();
        e.filedAt = f.filedAt();
        e.filedBy = f.filedBy();
    }

    private static SubNumberFiling toDomain(SubNumberFilingEntity e) {
        return new SubNumberFiling(new PhoneNumber(e.number), SegmentCode.of(e.segmentCode),
                Uscc.parse(e.licenseeUscc), new EndClient(e.endClientName,
                e.endClientUscc == null ? null : Uscc.parse(e.endClientUscc), e.purpose), e.filedAt, e.filedBy);
    }
}
