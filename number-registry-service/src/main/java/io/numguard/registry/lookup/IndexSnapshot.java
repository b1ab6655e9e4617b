package io.numguard.registry.lookup;

import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.registry.subnumber.SubNumberFiling;

import java.util.Collection;
import java.util.Optional;

/**
 * An immutable state of the number index. Segment codes are {@code 95} + 3 or 4 digits, so they are addressed
 * directly: a 1,000-slot array by the value of digits 3-5 for 5-digit codes and a 10,000-slot array by digits 3-6
 * for 6-digit codes. Filings are addressed by digits 3-8 of the 8-digit number in 1,000 blocks of 1,000 (a block is
 * all numbers sharing digits 3-5, the numbers of one 5-digit code); a block's array exists only if it has a filing.
 * <p>
 * The answers ({@link NumberLookup}) are built when the index changes, so a lookup is a few array reads and
 * allocates nothing. Changes return a new snapshot that shares every array it did not touch (copy-on-write: the
 * two segment arrays and the touched block, at most a few tens of kilobytes).
 * <p>
 * Several rows for one code (earlier allocations) are normal: per code the row with the latest
 * {@code allocatedAt} wins, a row with an equal {@code allocatedAt} replaces (it is a later state of the same
 * allocation), and a RELEASED winner means the code is free. Per number the filing with the latest
 * {@code filedAt} wins. A filing is shown only with the segment it was filed on, by that segment's licensee, no
 * earlier than its allocation, so filings of a former holder never show under a new one.
 */
public final class IndexSnapshot {
    private static final int FIVE_SLOTS = 1_000;
    private static final int SIX_SLOTS = 10_000;
    private static final int BLOCK_SIZE = 1_000;

    private static final IndexSnapshot EMPTY = new IndexSnapshot(new IndexedSegment[FIVE_SLOTS],
            new IndexedSegment[SIX_SLOTS], new NumberLookup[FIVE_SLOTS], new NumberLookup[SIX_SLOTS],
            new SubNumberFiling[FIVE_SLOTS][], new NumberLookup[FIVE_SLOTS][], 0, 0);

    // the winning row per code, RELEASED rows included so that an older row cannot come back
    private final IndexedSegment[] five;
    private final IndexedSegment[] six;
    // the answers per code, null where free
    private final NumberLookup[] fiveHits;
    private final NumberLookup[] sixHits;
    // filings per block and their answers, null where the block has none
    private final SubNumberFiling[][] filings;
    private final NumberLookup[][] filingHits;
    private final int segmentCount;
    private final int filingCount;

    private IndexSnapshot(IndexedSegment[] five, IndexedSegment[] six, NumberLookup[] fiveHits,
                          NumberLookup[] sixHits, SubNumberFiling[][] filings, NumberLookup[][] filingHits,
                          int segmentCount, int filingCount) {
        this.five = five;
        this.six = six;
        this.fiveHits = fiveHits;
        this.sixHits = sixHits;
        this.filings = filings;
        this.filingHits = filingHits;
        this.segmentCount = segmentCount;
        this.filingCount = filingCount;
    }

    public static IndexSnapshot empty() {
        return EMPTY;
    }

    /** A full rebuild: O(rows); order of the rows does not matter. */
    public static IndexSnapshot build(Collection<IndexedSegment> segments, Collection<SubNumberFiling> subNumbers) {
        IndexedSegment[] five = new IndexedSegment[FIVE_SLOTS];
        IndexedSegment[] six = new IndexedSegment[SIX_SLOTS];
        for (IndexedSegment s : segments) {
            IndexedSegment[] slots = s.code().length() == SegmentCode.MIN_LENGTH ? five : six;
            int slot = slotOf(s.code());
            if (supersedes(s, slots[slot])) {
                slots[slot] = s;
            }
        }
        NumberLookup[] fiveHits = hits(five);
        NumberLookup[] sixHits = hits(six);

        SubNumberFiling[][] filings = new SubNumberFiling[FIVE_SLOTS][];
        int filingCount = 0;
        for (SubNumberFiling f : subNumbers) {
            int n = numberIndex(f.number());
            int block = n / BLOCK_SIZE;
            int i = n % BLOCK_SIZE;
            if (filings[block] == null) {
                filings[block] = new SubNumberFiling[BLOCK_SIZE];
            }
            SubNumberFiling existing = filings[block][i];
            if (existing == null) {
                filingCount++;
                filings[block][i] = f;
            } else if (!f.filedAt().isBefore(existing.filedAt())) {
                filings[block][i] = f;
            }
        }
        NumberLookup[][] filingHits = new NumberLookup[FIVE_SLOTS][];
        for (int block = 0; block < FIVE_SLOTS; block++) {
            if (filings[block] != null) {
                filingHits[block] = blockHits(block, filings[block], fiveHits, sixHits);
            }
        }
        return new IndexSnapshot(five, six, fiveHits, sixHits, filings, filingHits,
                count(fiveHits) + count(sixHits), filingCount);
    }

    /** Canonical digits from {@link PhoneNumber}: no allocation. */
    public NumberLookup lookup(PhoneNumber number) {
        return lookup(number.digits());
    }

    /**
     * The segment holding {@code digits} (the longest matching 5- or 6-digit code) and, for an 8-digit number, its
     * filing; {@link NumberLookup#NOT_HELD} when no segment holds it. {@code digits} must be canonical: {@code 95}
     * and 3 to 6 more digits (else {@link IllegalArgumentException}); no allocation on the way to the answer.
     */
    public NumberLookup lookup(CharSequence digits) {
        int len = digits.length();
        if (len < PhoneNumber.MIN_LENGTH || len > PhoneNumber.MAX_LENGTH || digits.charAt(0) != '9'
                || digits.charAt(1) != '5') {
            throw notCanonical(digits);
        }
        for (int i = 2; i < len; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                throw notCanonical(digits);
            }
        }
        int block = (digits.charAt(2) - '0') * 100 + (digits.charAt(3) - '0') * 10 + (digits.charAt(4) - '0');
        NumberLookup hit;
        if (len >= 6) {
            int d = digits.charAt(5) - '0';
            if (len == 8) {
                NumberLookup[] blockHits = filingHits[block];
                if (blockHits != null) {
                    hit = blockHits[d * 100 + (digits.charAt(6) - '0') * 10 + (digits.charAt(7) - '0')];
                    if (hit != null) {
                        return hit;
                    }
                }
            }
            hit = sixHits[block * 10 + d];
            if (hit != null) {
                return hit;
            }
        }
        hit = fiveHits[block];
        return hit == null ? NumberLookup.NOT_HELD : hit;
    }

    /** The segment currently holding exactly this code (not RELEASED), if any. */
    public Optional<IndexedSegment> segment(SegmentCode code) {
        NumberLookup hit = (code.length() == SegmentCode.MIN_LENGTH ? fiveHits : sixHits)[slotOf(code)];
        return hit == null ? Optional.empty() : Optional.of(hit.segment());
    }

    /** The stored filing of an 8-digit number, whether or not it is shown by {@link #lookup}. */
    public Optional<SubNumberFiling> filing(PhoneNumber number) {
        if (number.digits().length() != SegmentCode.EXPANDED_LENGTH) {
            return Optional.empty();
        }
        int n = numberIndex(number);
        SubNumberFiling[] block = filings[n / BLOCK_SIZE];
        return block == null ? Optional.empty() : Optional.ofNullable(block[n % BLOCK_SIZE]);
    }

    /** Codes held now (anything but RELEASED). */
    public int segmentCount() {
        return segmentCount;
    }

    /** Filings stored, one per number. */
    public int filingCount() {
        return filingCount;
    }

    /** This snapshot with one segment row added or updated; unchanged when the row is older than the one held. */
    public IndexSnapshot withSegment(IndexedSegment s) {
        boolean isFive = s.code().length() == SegmentCode.MIN_LENGTH;
        int slot = slotOf(s.code());
        if (!supersedes(s, (isFive ? five : six)[slot])) {
            return this;
        }
        return withSlot(isFive, slot, s, hit(s));
    }

    /** This snapshot without any row for the code (unlike a RELEASED row, this forgets the code entirely). */
    public IndexSnapshot withoutSegment(SegmentCode code) {
        boolean isFive = code.length() == SegmentCode.MIN_LENGTH;
        int slot = slotOf(code);
        if ((isFive ? five : six)[slot] == null) {
            return this;
        }
        return withSlot(isFive, slot, null, null);
    }

    /** This snapshot with a filing added or replaced; unchanged when an existing filing is newer. */
    public IndexSnapshot withFiling(SubNumberFiling f) {
        int n = numberIndex(f.number());
        int block = n / BLOCK_SIZE;
        int i = n % BLOCK_SIZE;
        SubNumberFiling[] old = filings[block];
        SubNumberFiling existing = old == null ? null : old[i];
        if (existing != null && f.filedAt().isBefore(existing.filedAt())) {
            return this;
        }
        SubNumberFiling[] blockFilings = old == null ? new SubNumberFiling[BLOCK_SIZE] : old.clone();
        blockFilings[i] = f;
        return withBlock(block, i, blockFilings, filingCount + (existing == null ? 1 : 0));
    }

    /** This snapshot without the filing of the number, if there is one. */
    public IndexSnapshot withoutFiling(PhoneNumber number) {
        if (filing(number).isEmpty()) {
            return this;
        }
        int n = numberIndex(number);
        int block = n / BLOCK_SIZE;
        SubNumberFiling[] blockFilings = filings[block].clone();
        blockFilings[n % BLOCK_SIZE] = null;
        return withBlock(block, n % BLOCK_SIZE, blockFilings, filingCount - 1);
    }

    private IndexSnapshot withSlot(boolean isFive, int slot, IndexedSegment row, NumberLookup hit) {
        IndexedSegment[] newFive = five;
        IndexedSegment[] newSix = six;
        NumberLookup[] newFiveHits = fiveHits;
        NumberLookup[] newSixHits = sixHits;
        NumberLookup oldHit;
        int block;
        if (isFive) {
            newFive = five.clone();
            newFive[slot] = row;
            newFiveHits = fiveHits.clone();
            oldHit = newFiveHits[slot];
            newFiveHits[slot] = hit;
            block = slot;
        } else {
            newSix = six.clone();
            newSix[slot] = row;
            newSixHits = sixHits.clone();
            oldHit = newSixHits[slot];
            newSixHits[slot] = hit;
            block = slot / 10;
        }
        NumberLookup[][] newFilingHits = filingHits;
        if (filings[block] != null) {
            newFilingHits = filingHits.clone();
            newFilingHits[block] = blockHits(block, filings[block], newFiveHits, newSixHits);
        }
        int count = segmentCount - (oldHit == null ? 0 : 1) + (hit == null ? 0 : 1);
        return new IndexSnapshot(newFive, newSix, newFiveHits, newSixHits, filings, newFilingHits, count,
                filingCount);
    }

    /** Only number {@code i} of the block changed, so only its answer is rebuilt. */
    private IndexSnapshot withBlock(int block, int i, SubNumberFiling[] blockFilings, int newFilingCount) {
        SubNumberFiling[][] newFilings = filings.clone();
        newFilings[block] = blockFilings;
        NumberLookup hit = hitFor(block, i, blockFilings[i], fiveHits, sixHits);
        NumberLookup[] oldHits = filingHits[block];
        NumberLookup[][] newFilingHits = filingHits;
        if (oldHits != null || hit != null) {
            NumberLookup[] blockHits = oldHits == null ? new NumberLookup[BLOCK_SIZE] : oldHits.clone();
            blockHits[i] = hit;
            newFilingHits = filingHits.clone();
            newFilingHits[block] = blockHits;
        }
        return new IndexSnapshot(five, six, fiveHits, sixHits, newFilings, newFilingHits, segmentCount,
                newFilingCount);
    }

    /** The answers for the filed numbers of one block, null when none is shown. */
    private static NumberLookup[] blockHits(int block, SubNumberFiling[] blockFilings, NumberLookup[] fiveHits,
                                            NumberLookup[] sixHits) {
        NumberLookup[] out = null;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            NumberLookup hit = hitFor(block, i, blockFilings[i], fiveHits, sixHits);
            if (hit != null) {
                if (out == null) {
                    out = new NumberLookup[BLOCK_SIZE];
                }
                out[i] = hit;
            }
        }
        return out;
    }

    /** The answer for number {@code i} of the block when it has filing {@code f}; null when the filing is not shown. */
    private static NumberLookup hitFor(int block, int i, SubNumberFiling f, NumberLookup[] fiveHits,
                                       NumberLookup[] sixHits) {
        if (f == null) {
            return null;
        }
        NumberLookup holder = sixHits[block * 10 + i / 100];
        if (holder == null) {
            holder = fiveHits[block];
        }
        return holder != null && belongsTo(f, holder.segment()) ? new NumberLookup(holder.segment(), f) : null;
    }

    private static boolean belongsTo(SubNumberFiling f, IndexedSegment s) {
        return f.segment().equals(s.code()) && f.licensee().equals(s.licensee())
                && !f.filedAt().isBefore(s.allocatedAt());
    }

    private static boolean supersedes(IndexedSegment candidate, IndexedSegment existing) {
        return existing == null || !candidate.allocatedAt().isBefore(existing.allocatedAt());
    }

    private static NumberLookup hit(IndexedSegment s) {
        return s == null || s.status() == SegmentStatus.RELEASED ? null : new NumberLookup(s, null);
    }

    private static NumberLookup[] hits(IndexedSegment[] rows) {
        NumberLookup[] out = new NumberLookup[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = hit(rows[i]);
        }
        return out;
    }

    private static int count(NumberLookup[] hits) {
        int n = 0;
        for (NumberLookup h : hits) {
            if (h != null) {
                n++;
            }
        }
        return n;
    }

    /** Digits 3-5 of a 5-digit code (0-999) or digits 3-6 of a 6-digit code (0-9999). */
    private static int slotOf(SegmentCode code) {
        String v = code.value();
        int slot = 0;
        for (int i = 2; i < v.length(); i++) {
            slot = slot * 10 + (v.charAt(i) - '0');
        }
        return slot;
    }

    /** Digits 3-8 of an 8-digit number (0-999,999). */
    private static int numberIndex(PhoneNumber number) {
        String v = number.digits();
        if (v.length() != SegmentCode.EXPANDED_LENGTH) {
            throw new IllegalArgumentException("a filed number has 8 digits: " + v);
        }
        int n = 0;
        for (int i = 2; i < v.length(); i++) {
            n = n * 10 + (v.charAt(i) - '0');
        }
        return n;
    }

    private static IllegalArgumentException notCanonical(CharSequence digits) {
        return new IllegalArgumentException("not a canonical 95 number (95 and 3 to 6 more digits): " + digits);
    }
}
