package io.numguard.registry.sanction.persistence;

import io.numguard.contracts.events.SanctionImposed;
import io.numguard.contracts.events.SanctionLifted;
import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.LegalRepresentativeHash;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.sanction.ActiveSanctions;
import io.numguard.registry.sanction.Sanction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.List;

/** The local copy of enforcement's sanctions, read by the allocation policies. */
@ApplicationScoped
public class SanctionRepository {
    @Inject
    EntityManager em;

    /** Records an imposed sanction; a sanction already known is left as it is. */
    public boolean imposed(SanctionImposed event, Instant fallbackTime) {
        if (em.find(SanctionEntity.class, event.sanctionId()) != null) {
            return false;
        }
        Sanction domain = Sanction.from(event); // validates the USCC and the hash
        SanctionEntity e = new SanctionEntity();
        e.sanctionId = domain.sanctionId();
        e.uscc = domain.licensee().value();
        e.legalRepresentativeHash = domain.legalRepresentative() == null ? null : domain.legalRepresentative().hex();
        e.reason = event.reason();
        e.caseId = event.caseId();
        e.imposedBy = event.imposedBy();
        e.imposedAt = event.imposedAt() == null ? fallbackTime : event.imposedAt();
        em.persist(e);
        return true;
    }

    /** Marks the sanction lifted; false when it is unknown here. */
    public boolean lifted(SanctionLifted event, Instant fallbackTime) {
        SanctionEntity e = em.find(SanctionEntity.class, event.sanctionId());
        if (e == null) {
            return false;
        }
        if (e.liftedAt == null) {
            e.liftedAt = event.liftedAt() == null ? fallbackTime : event.liftedAt();
            e.liftedBy = event.liftedBy();
        }
        return true;
    }

    /** The sanctions in force at {@code at} naming the licensee or its legal representative. */
    public ActiveSanctions activeAgainst(Licensee licensee, Instant at) {
        List<Sanction> sanctions = em.createQuery("from SanctionEntity s where s.uscc = :u "
                        + "or s.legalRepresentativeHash = :h", SanctionEntity.class)
                .setParameter("u", licensee.uscc().value())
                .setParameter("h", licensee.legalRepresentative().hex())
                .getResultStream().map(SanctionRepository::toDomain).toList();
        return ActiveSanctions.of(sanctions, at);
    }

    /** The sanctions in force at {@code at} naming one of these USCCs (not their legal representatives). */
    public ActiveSanctions activeAgainst(java.util.Collection<Uscc> usccs, Instant at) {
        if (usccs.isEmpty()) {
            return ActiveSanctions.none();
        }
        List<Sanction> sanctions = em.createQuery("from SanctionEntity s where s.uscc in :u", SanctionEntity.class)
                .setParameter("u", usccs.stream().map(Uscc::value).toList())
                .getResultStream().map(SanctionRepository::toDomain).toList();
        return ActiveSanctions.of(sanctions, at);
    }

    private static Sanction toDomain(SanctionEntity e) {
        return new Sanction(e.sanctionId, Uscc.parse(e.uscc),
                e.legalRepresentativeHash == null ? null : LegalRepresentativeHash.of(e.legalRepresentativeHash),
                e.reason, e.imposedAt, e.liftedAt);
    }
}
