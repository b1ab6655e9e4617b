package io.numguard.registry.licensee.persistence;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.licensee.CallCentreLicence;
import io.numguard.registry.licensee.ControlChange;
import io.numguard.registry.licensee.ControlChangeKind;
import io.numguard.registry.licensee.LegalRepresentativeHash;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.LicenseeStatus;
import io.numguard.registry.licensee.Province;
import io.numguard.support.paging.Cursor;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Licensees and their control changes; maps rows to the domain {@link Licensee} and back. */
@ApplicationScoped
public class LicenseeRepository {
    @Inject
    EntityManager em;

    public boolean exists(Uscc uscc) {
        return em.find(LicenseeEntity.class, uscc.value()) != null;
    }

    public Optional<Licensee> find(Uscc uscc) {
        return Optional.ofNullable(em.find(LicenseeEntity.class, uscc.value())).map(this::toDomain);
    }

    /** For a change: the row is locked until the transaction ends. */
    public Optional<Licensee> findForUpdate(Uscc uscc) {
        return Optional.ofNullable(em.find(LicenseeEntity.class, uscc.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    /** A page of licensees, newest registration first (time, then USCC, both descending: a stable keyset order). */
    public Page<Licensee> list(Province province, PageRequest page) {
        StringBuilder q = new StringBuilder("from LicenseeEntity l where ")
                .append(page.after("l.registeredAt", "l.uscc"));
        if (province != null) {
            q.append(" and l.province = :p");
        }
        q.append(" order by l.registeredAt desc, l.uscc desc");
        var query = page.bind(em.createQuery(q.toString(), LicenseeEntity.class));
        if (province != null) {
            query.setParameter("p", province.code());
        }
        return Page.of(query.getResultStream().map(this::toDomain).toList(), page,
                l -> new Cursor(l.registeredAt(), l.uscc().value()));
    }

    /** Name by USCC of every licensee, for the number index. */
    public Map<String, String> names() {
        return em.createQuery("select l.uscc, l.name from LicenseeEntity l", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> ((String) r[0]).strip(), r -> (String) r[1]));
    }

    /** False when the USCC is registered already (a concurrent registration won the primary key). */
    public boolean insert(Licensee l, String registeredBy, String legalRepresentativeName) {
        LicenseeEntity e = new LicenseeEntity();
        e.uscc = l.uscc().value();
        e.registeredAt = l.registeredAt();
        e.registeredBy = registeredBy;
        e.legalRepresentativeName = legalRepresentativeName;
        copy(l, e);
        em.persist(e);
        try {
            em.flush(); // a concurrent registration of the same USCC fails here, on the primary key
        } catch (jakarta.persistence.PersistenceException ex) {
            if (ex instanceof org.hibernate.exception.ConstraintViolationException
                    || ex.getCause() instanceof org.hibernate.exception.ConstraintViolationException) {
                return false;
            }
            throw ex;
        }
        return true;
    }

    /** Writes the licensee's state and any control change not stored yet. */
    public void update(Licensee l, String legalRepresentativeName) {
        LicenseeEntity e = em.find(LicenseeEntity.class, l.uscc().value());
        copy(l, e);
        if (legalRepresentativeName != null) {
            e.legalRepresentativeName = legalRepresentativeName;
        }
        long stored = em.createQuery("select count(c) from ControlChangeEntity c where c.uscc = :u", Long.class)
                .setParameter("u", e.uscc).getSingleResult();
        List<ControlChange> changes = l.controlChanges();
        for (int i = (int) stored; i < changes.size(); i++) {
            em.persist(toEntity(e.uscc, changes.get(i)));
        }
    }

    private static void copy(Licensee l, LicenseeEntity e) {
        e.name = l.name();
        e.province = l.province().code();
        e.legalRepresentativeHash = l.legalRepresentative().hex();
        e.licenceNumber = l.licence().number();
        e.licenceValidFrom = l.licence().validFrom();
        e.licenceValidUntil = l.licence().validUntil();
        e.controllingShareholders = l.controllingShareholders().toArray(String[]::new);
        e.status = l.status().name();
    }

    private Licensee toDomain(LicenseeEntity e) {
        List<ControlChange> changes = em.createQuery(
                        "from ControlChangeEntity c where c.uscc = :u order by c.id", ControlChangeEntity.class)
                .setParameter("u", e.uscc).getResultStream().map(LicenseeRepository::toDomain).toList();
        return Licensee.restore(Uscc.parse(e.uscc), e.name, Province.of(e.province),
                LegalRepresentativeHash.of(e.legalRepresentativeHash),
                new CallCentreLicence(e.licenceNumber, e.licenceValidFrom, e.licenceValidUntil),
                list(e.controllingShareholders), LicenseeStatus.valueOf(e.status), e.registeredAt, changes);
    }

    private static ControlChange toDomain(ControlChangeEntity c) {
        return new ControlChange(ControlChangeKind.valueOf(c.kind), c.at, c.recordedBy,
                hash(c.previousLegalRepresentativeHash), hash(c.newLegalRepresentativeHash),
                list(c.previousShareholders), list(c.newShareholders), c.suspectedResale, c.lastAllocationAt);
    }

    private static ControlChangeEntity toEntity(String uscc, ControlChange c) {
        ControlChangeEntity e = new ControlChangeEntity();
        e.uscc = uscc;
        e.kind = c.kind().name();
        e.at = c.at();
        e.recordedBy = c.recordedBy();
        e.previousLegalRepresentativeHash = c.previousLegalRepresentative() == null ? null
                : c.previousLegalRepresentative().hex();
        e.newLegalRepresentativeHash = c.newLegalRepresentative() == null ? null : c.newLegalRepresentative().hex();
        e.previousShareholders = c.previousShareholders().toArray(String[]::new);
        e.newShareholders = c.newShareholders().toArray(String[]::new);
        e.suspectedResale = c.suspectedResale();
        e.lastAllocationAt = c.lastAllocationAt();
        return e;
    }

    private static LegalRepresentativeHash hash(String hex) {
        return hex == null ? null : LegalRepresentativeHash.of(hex);
    }

    private static List<String> list(String[] a) {
        return a == null ? List.of() : Arrays.asList(a);
    }
}
