package io.numguard.enforcement.directory.service;

import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.contracts.events.LicenseeRegistered;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.enforcement.directory.persistence.DirectoryRepository;
import io.numguard.enforcement.directory.persistence.KnownLicenseeEntity;
import io.numguard.enforcement.directory.persistence.KnownSegmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;

/**
 * Keeps the local copy of the registry's segments and licensees, from its events. Every segment event carries the
 * segment's whole state, so the newest one wins; an older event arriving late changes nothing.
 */
@ApplicationScoped
public class DirectoryService {
    @Inject
    DirectoryRepository directory;
    @Inject
    Clock clock;

    /** {@code status} is the event's status as the contract names it (the consumer rejects any other). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onSegmentChanged(SegmentChanged event, SegmentStatus status) {
        Instant at = event.occurredAt() != null ? event.occurredAt() : clock.instant();
        KnownSegmentEntity s = directory.findSegment(event.code()).orElse(null);
        boolean isNew = s == null;
        if (isNew) {
            s = new KnownSegmentEntity();
            s.code = event.code();
        } else if (s.updatedAt != null && s.updatedAt.isAfter(at)) {
            return;
        }
        s.licenseeUscc = event.licenseeUscc();
        s.province = event.province() != null ? event.province()
                : directory.findLicensee(event.licenseeUscc()).map(l -> l.province).orElse(s.province);
        s.status = status;
        s.carriers = String.join(",", event.carriers());
        s.updatedAt = at;
        if (isNew) {
            directory.persist(s);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void onLicenseeRegistered(LicenseeRegistered event) {
        KnownLicenseeEntity l = licensee(event.uscc());
        l.name = event.name();
        l.province = event.province();
        l.legalRepresentativeHash = event.legalRepresentativeHash();
        l.updatedAt = event.occurredAt() != null ? event.occurredAt() : clock.instant();
    }

    /**
     * A control change may be the first the service hears of a licensee: keep its province. The legal representative
     * after the change is the one a fraud revocation's sanction bars from now on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void onLicenseeControlChanged(LicenseeControlChanged event) {
        boolean newRepresentative = event.legalRepresentativeHash() != null
                && !event.legalRepresentativeHash().isBlank();
        if (event.province() == null && !newRepresentative) {
            return;
        }
        KnownLicenseeEntity l = licensee(event.uscc());
        if (event.province() != null) {
            l.province = event.province();
        }
        if (newRepresentative) {
            l.legalRepresentativeHash = event.legalRepresentativeHash();
        }
        l.updatedAt = event.occurredAt() != null ? event.occurredAt() : clock.instant();
    }

    private KnownLicenseeEntity licensee(String uscc) {
        return directory.findLicensee(uscc).orElseGet(() -> {
            KnownLicenseeEntity l = new KnownLicenseeEntity();
            l.uscc = uscc;
            l.province = "CN";
            l.updatedAt = clock.instant();
            directory.persist(l);
            return l;
        });
    }
}
