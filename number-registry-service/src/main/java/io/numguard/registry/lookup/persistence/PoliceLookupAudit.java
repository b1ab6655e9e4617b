package io.numguard.registry.lookup.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.time.Instant;

/** The audit log of police reads: one row per lookup, written in the caller's transaction. */
@ApplicationScoped
public class PoliceLookupAudit {
    @Inject
    EntityManager em;

    public void record(Instant at, String userId, String agency, String number, String rawNumber, String caseRef,
                       boolean held) {
        PoliceLookupAuditEntity a = new PoliceLookupAuditEntity();
        a.at = at;
        a.userId = userId;
        a.agency = agency;
        a.number = number;
        a.rawNumber = rawNumber;
        a.caseRef = caseRef;
        a.held = held;
        em.persist(a);
    }
}
