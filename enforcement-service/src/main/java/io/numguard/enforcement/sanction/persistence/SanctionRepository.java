package io.numguard.enforcement.sanction.persistence;

import io.numguard.enforcement.sanction.Sanction;
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

    public List<Sanction> list(String uscc, Boolean active) {
        StringBuilder q = new StringBuilder("from SanctionEntity where 1 = 1");
        if (uscc != null) {
            q.append(" and uscc = :u");
        }
        if (active != null) {
            q.append(active ? " and liftedAt is null" : " and liftedAt is not null");
        }
        q.append(" order by imposedAt desc, sanctionId");
        var query = em.createQuery(q.toString(), SanctionEntity.class).setMaxResults(500);
        if (uscc != null) {
            query.setParameter("u", uscc);
        }
        return query.getResultStream().map(SanctionEntity::toDomain).toList();
    }
}
