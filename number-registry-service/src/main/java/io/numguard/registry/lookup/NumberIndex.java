package io.numguard.registry.lookup;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.subnumber.SubNumberFiling;

import java.util.Collection;

/**
 * Who holds any 95 number, in memory: the longest-prefix answer of {@code GET /api/numbers/{number}}. Readers take
 * the current {@link IndexSnapshot} from a volatile field and never lock; writers (one at a time) build a new
 * snapshot and swap it in. Feed it from the database at start ({@link #rebuild}) and then with every committed
 * change ({@link #upsert}, {@link #upsertFiling}) - after commit, so a rolled-back change is never visible.
 * <p>
 * Input is one {@link IndexedSegment} per segment row, i.e. per allocation, RELEASED ones included, plus the
 * {@link SubNumberFiling}s. What "100,000 segments" means: only 11,000 codes exist (1,000 five-digit and 10,000
 * six-digit), so 100,000 rows are the registry's whole allocation history, several rows per code of which at most
 * one is not RELEASED; or up to 11,000 held codes plus filings (up to 1,000,000 numbers). Either way the index holds
 * at most 11,000 answers per code and one per filed number, and a rebuild is linear in the rows.
 */
public final class NumberIndex {
    private volatile IndexSnapshot snapshot = IndexSnapshot.empty();

    public NumberLookup lookup(PhoneNumber number) {
        return snapshot.lookup(number.digits());
    }

    /** Canonical digits only (as {@link PhoneNumber#digits()}); see {@link IndexSnapshot#lookup(CharSequence)}. */
    public NumberLookup lookup(CharSequence canonicalDigits) {
        return snapshot.lookup(canonicalDigits);
    }

    /** The current state, for several reads that must agree with each other. */
    public IndexSnapshot snapshot() {
        return snapshot;
    }

    public synchronized void rebuild(Collection<IndexedSegment> segments, Collection<SubNumberFiling> filings) {
        snapshot = IndexSnapshot.build(segments, filings);
    }

    /** A segment row after any change (allocation, status, expansion, outbound); RELEASED frees the code. */
    public synchronized void upsert(IndexedSegment segment) {
        snapshot = snapshot.withSegment(segment);
    }

    public synchronized void remove(SegmentCode code) {
        snapshot = snapshot.withoutSegment(code);
    }

    public synchronized void upsertFiling(SubNumberFiling filing) {
        snapshot = snapshot.withFiling(filing);
    }

    public synchronized void removeFiling(PhoneNumber number) {
        snapshot = snapshot.withoutFiling(number);
    }
}
