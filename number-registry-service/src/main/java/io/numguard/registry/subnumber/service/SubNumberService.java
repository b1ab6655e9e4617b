package io.numguard.registry.subnumber.service;

import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.common.Now;
import io.numguard.registry.common.Problems;
import io.numguard.registry.lookup.service.IndexChange;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.persistence.SegmentRepository;
import io.numguard.registry.segment.persistence.StoredSegment;
import io.numguard.registry.subnumber.EndClient;
import io.numguard.registry.subnumber.SubNumberFiling;
import io.numguard.registry.subnumber.SubNumberFilings;
import io.numguard.registry.subnumber.persistence.SubNumberFilingRepository;
import io.numguard.support.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;

/** Real-name filing of the 8-digit numbers of an expanded segment, by the licensee that holds it. */
@ApplicationScoped
@Transactional
public class SubNumberService {
    @Inject
    SegmentRepository segments;
    @Inject
    SubNumberFilingRepository filings;
    @Inject
    Event<IndexChange> indexChanges;
    @Inject
    Clock clock;

    public SubNumberFiling file(SegmentCode code, PhoneNumber number, EndClient endClient, Uscc filer,
                                String filedBy) {
        // the segment row is locked so a filing cannot race a revocation
        StoredSegment stored = segments.findLiveForUpdate(code)
                .orElseThrow(() -> ProblemException.notFound("segment", code.value()));
        SubNumberFiling filing = Problems.valueOrThrow(SubNumberFilings.file(stored.segment(), filer, number,
                endClient, Now.of(clock), filedBy));
        filings.save(stored.id(), filing);
        indexChanges.fire(new IndexChange.Filing(filing));
        return filing;
    }
}
