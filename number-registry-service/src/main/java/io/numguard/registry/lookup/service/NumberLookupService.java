package io.numguard.registry.lookup.service;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.common.Now;
import io.numguard.registry.lookup.NumberLookup;
import io.numguard.registry.lookup.persistence.PoliceLookupAudit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Who holds a number, from the in-memory index; police reads are written to the audit log before answering. */
@ApplicationScoped
public class NumberLookupService {
    @Inject
    NumberIndexKeeper index;
    @Inject
    PoliceLookupAudit audit;
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
        audit.record(Now.of(clock), userId, agency, number.digits(), raw, caseRef, hit.isHeld());
        return hit;
    }

    public String licenseeName(String uscc) {
        return index.licenseeName(uscc);
    }
}
