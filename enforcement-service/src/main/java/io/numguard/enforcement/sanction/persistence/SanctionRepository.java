package io.numguard.enforcement.sanction.persistence;

import io.numguard.enforcement.sanction.Sanction;
import io.numguard.support.paging.Cursor;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class SanctionRepository {
    @Inject
    EntityManager em;

    public void save(Sanction s) {
        SanctionEntity e = em.find(SanctionEntity.class, s.sanctionId());
        if (e == null) {
            em.persist(new SanctionEntity().copy(s));
        } else {
            e.copy(s);
        }
    }

    public Optional<Sanction> findForUpdate(String id) {
        return Optional.ofNullable(em.find(SanctionEntity.class, id, LockModeType.PESSIMISTIC_WRITE))
                .map(SanctionEntity::toDomain);
    }

    public Optional<Sanction> find(String id) {
        return Optional.ofNullable(em.find(SanctionEntity.class, id)).map(SanctionEntity::toDomain);
    }

    /** Every active sanction of a licensee (a handful at most), newest first. */
    public java.util.List<Sanction> activeOf(String uscc) {
        return em.createQuery("from SanctionEntity where uscc = :u and liftedAt is null "
                        + "order by imposedAt desc, sanctionId desc", SanctionEntity.class)
                .setParameter("u", uscc).getResultStream().map(SanctionEntity::toDomain).toList();
    }

    /** A page of sanctions, newest first (imposed time, then id, both descending: a stable keyset order). */
    public Page<Sanction> list(String uscc, Boolean active, PageRequest page) {
        StringBuilder q = new StringBuilder("from SanctionEntity where ").append(page.after("imposedAt", "sanctionId"));
        if (uscc != null) {
            q.append(" and uscc = :u");
        }
        if (active != null) {
            q.append(active ? " and liftedAt is null" : " and liftedAt is not null");
        }
        q.append(" order by imposedAt desc, sanctionId desc");
        var query = page.bind(em.createQuery(q.toString(), SanctionEntity.class));
        if (uscc != null) {
            query.setParameter("u", uscc);
        }
        return Page.of(query.getResultStream().map(SanctionEntity::toDomain).toList(), page,
                s -> new Cursor(s.imposedAt(), s.sanctionId()));
    }
}
