package io.numguard.complaint.segment.service;

import io.numguard.complaint.aggregate.Subject;
import io.numguard.complaint.reputation.index.IndexKey;
import io.numguard.complaint.reputation.index.ReputationIndexKeeper;
import io.numguard.complaint.segment.persistence.SegmentRegistryStore;
import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.events.SubNumberFiled;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.support.inbox.RejectedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/** The registry's segment state, kept locally from {@code segment.*} events (each carries the whole state). */
@ApplicationScoped
public class SegmentRegistryService {
    @Inject
    SegmentRegistryStore store;
    @Inject
    ReputationIndexKeeper keeper;
    @Inject
    Clock clock;

    /**
     * Stores the segment's state unless a later one is already stored (events of one segment arrive in order on
     * its partition; the check guards a replay of older history). The index follows after commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(EventType type, SegmentChanged event) {
        if (!Subject.isSegmentCode(event.code())) {
            throw new RejectedEventException("not a segment code: " + event.code());
        }
        SegmentStatus status = SegmentStatus.parse(event.status())
                .orElseThrow(() -> new RejectedEventException("unknown segment status " + event.status()));
        boolean changed = store.upsert(event, status, clock.instant());
        if (changed) {
            keeper.afterCommit(List.of(IndexKey.segment(event.code())), index -> index.applySegmentEvent(event));
        }
        if (type == EventType.SEGMENT_EXPANDED) {
            // every filing of the segment comes after this event on its partition: from now on all are known
            store.setFilingsTracked(event.code(), true);
            keeper.afterCommit(List.of(IndexKey.segment(event.code())),
                    index -> index.setSubNumberFilingsTracked(event.code(), true));
        } else if (type == EventType.SEGMENT_ALLOCATED || type == EventType.SEGMENT_RELEASED) {
            forgetFilings(event.code());
        }
        return changed;
    }

    /**
     * A filed sub-number, kept until its segment is released or allocated anew. Idempotent: the same or an older
     * filing of the number changes nothing. A number that is not an 8-digit number of the segment can never apply.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyFiling(SubNumberFiled filing) {
        if (!Subject.isSegmentCode(filing.segmentCode()) || filing.number().length() != 8
                || !filing.number().startsWith(filing.segmentCode()) || !filing.number().chars()
                .allMatch(Character::isDigit)) {
            throw new RejectedEventException("number " + filing.number() + " is not an 8-digit sub-number of segment "
                    + filing.segmentCode());
        }
        store.upsertFiling(filing.number(), filing.segmentCode(), filing.filedAt(), clock.instant());
        PhoneNumber number = new PhoneNumber(filing.number());
        keeper.afterCommit(List.of(IndexKey.filing(filing.number())), index -> index.putSubNumberFiling(number, true));
    }

    /** A new allocation of the code (or its release) voids the filings of the one before. */
    private void forgetFilings(String code) {
        List<String> numbers = store.deleteFilings(code);
        store.setFilingsTracked(code, false);
        List<IndexKey> keys = new java.util.ArrayList<>(List.of(IndexKey.segment(code)));
        numbers.forEach(n -> keys.add(IndexKey.filing(n)));
        keeper.afterCommit(keys, index -> {
            index.setSubNumberFilingsTracked(code, false);
            numbers.forEach(n -> index.putSubNumberFiling(new PhoneNumber(n), false));
        });
    }
}
