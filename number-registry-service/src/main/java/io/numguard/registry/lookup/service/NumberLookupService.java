package io.numguard.registry.lookup.service;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.common.Now;
import io.numguard.registry.lookup.NumberLookup;
import io.numguard.registry.lookup.persistence.PoliceLookupAuditEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Who holds a number, from the in-memory index; police reads are written to the audit log before answering. */
@ApplicationScoped
public class NumberLookupService {
    @Inject
    NumberIndexKeeper index;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    public NumberLookup lookup(PhoneNumber number) {
        return index.lookup(number);
    }

    /** Audited: the answer is given only once the audit row is committed. */
    @Transactional
    public NumberLookup lookupByPolice(PhoneNumber number, String raw, String userId, String agency,
                                       String caseRef) {
        NumberLookup hit = index.lookup(number);
        PoliceLookupAuditEntity a = new PoliceLookupAuditEntity();
        a.at = Now.of(clock);
        a.userId = userId;
        a.agency = agency;
        a.number = number.digits();
        a.rawNumber = raw;
        a.caseRef = caseRef;
        a.held = hit.isHeld();
        em.persist(a);
        return hit;
    }

    public String licenseeName(String uscc) {
        return index.licenseeName(uscc);
    }
}
