package io.numguard.registry.subnumber.service;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SubNumberFiled;
import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.common.Now;
import io.numguard.registry.lookup.service.IndexChange;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.persistence.SegmentRepository;
import io.numguard.registry.segment.persistence.StoredSegment;
import io.numguard.registry.subnumber.EndClient;
import io.numguard.registry.subnumber.SubNumberFiling;
import io.numguard.registry.subnumber.SubNumberFilings;
import io.numguard.registry.subnumber.persistence.SubNumberFilingRepository;
import io.numguard.support.outbox.Outbox;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Optional;

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
    @Inject
    Outbox outbox;

    /**
     * The filing and the one it corrects, if any.
     *
     * @param replaced the filing of the same number it replaces (kept in the number's history), empty for a first one
     */
    public record Filed(SubNumberFiling filing, Optional<SubNumberFiling> replaced) {
    }

    /**
     * Files the number, or corrects its filing when it was filed before: the earlier filing stays in the history
     * ({@code sub_number_filing_audit}). Published as {@code segment.sub-number-filed} (number and time only).
     */
    public Filed file(SegmentCode code, PhoneNumber number, EndClient endClient, Uscc filer, String filedBy) {
        // the segment row is locked so a filing cannot race a revocation
        StoredSegment stored = segments.findLiveForUpdate(code)
                .orElseThrow(() -> ProblemException.notFound("segment", code.value()));
        SubNumberFiling filing = Refusals.valueOrThrow(SubNumberFilings.file(stored.segment(), filer, number,
                endClient, Now.of(clock), filedBy));
        Optional<SubNumberFiling> replaced = filings.save(stored.id(), filing);
        outbox.publish(EventType.SEGMENT_SUB_NUMBER_FILED, code.value(), new SubNumberFiled(code.value(),
                number.digits(), filing.filedAt(), replaced.isPresent()));
        indexChanges.fire(new IndexChange.Filing(filing));
        return new Filed(filing, replaced);
    }
}
