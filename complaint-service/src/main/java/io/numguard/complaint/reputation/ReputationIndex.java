package io.numguard.complaint.reputation;

import io.numguard.complaint.aggregate.SegmentResolver;
import io.numguard.complaint.aggregate.Subject;
import io.numguard.contracts.events.SegmentChanged;
import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.number.PhoneNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything the call-time verdict needs, in memory, with O(1) lookups that neither lock nor allocate.
 *
 * <p>A number (5 to 8 digits, always starting 95, so no leading zeros) is its own int key; so is a segment code
 * (95123 and 951234 are distinct keys). Each key maps to one packed int:
 * <pre>
 *   number : label(3 bits) score(7) COMPLAINED FILED
 *   segment: label(3 bits) score(7) LABELLED status(3) OUTBOUND EXPANDED FILINGS_TRACKED
 * </pre>
 * Only numbers with a label or a filing take memory; a number never complained about costs nothing and inherits
 * its segment's label at lookup.
 *
 * <p>Fed from three places: the label changes the complaint pipeline computes ({@link #putNumberReputation},
 * {@link #putSegmentReputation}), the registry's {@code segment.*} events ({@link #applySegmentEvent}) and the
 * sub-number filings ({@link #putSubNumberFiling}). Rebuild it from the database at start-up; writers may run
 * concurrently with any number of readers.
 *
 * <p>It is also the {@link SegmentResolver}: a number belongs to the longest registry-known segment that is a
 * prefix of it.
 */
public final class ReputationIndex implements SegmentResolver {
    static final int ABSENT = -1;

    static final int LABEL_MASK = 0b111;
    static final int SCORE_SHIFT = 3;
    static final int SCORE_MASK = 0x7F;
    static final int OWN_REPUTATION = 1 << 10; // number: complained about; segment: labelled by complaints
    static final int FILED = 1 << 11;          // number only
    static final int STATUS_SHIFT = 11;        // segment only: a StatusCode
    static final int STATUS_MASK = StatusCode.MASK;
    static final int OUTBOUND = 1 << 14;
    static final int EXPANDED = 1 << 15;
    static final int FILINGS_TRACKED = 1 << 16;
    private static final int REPUTATION_BITS = LABEL_MASK | (SCORE_MASK << SCORE_SHIFT) | OWN_REPUTATION;

    private static final int[] POW10 = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final IntIntMap numbers;
    private final IntIntMap segments;

    public ReputationIndex() {
        this(1 << 16, 1 << 12);
    }

    /** Sized for the expected content (e.g. 1,000,000 numbers and 100,000 segments); it grows past it anyway. */
    public ReputationIndex(int expectedNumbers, int expectedSegments) {
        this.numbers = new IntIntMap(expectedNumbers);
        this.segments = new IntIntMap(expectedSegments);
    }

    // ---------------------------------------------------------------- keys

    public static int numberKey(PhoneNumber number) {
        return Integer.parseInt(number.digits());
    }

    /**
     * The key of a number already in canonical form (5 to 8 ASCII digits starting 95), without allocating;
     * -1 for anything else, which the caller then parses with {@link PhoneNumber#parse(String)}.
     */
    public static int numberKey(CharSequence digits) {
        int len = digits == null ? 0 : digits.length();
        if (len < PhoneNumber.MIN_LENGTH || len > PhoneNumber.MAX_LENGTH || digits.charAt(0) != '9'
                || digits.charAt(1) != '5') {
            return -1;
        }
        int key = 0;
        for (int i = 0; i < len; i++) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            key = key * 10 + (c - '0');
        }
        return key;
    }

    public static int segmentKey(String code) {
        if (!Subject.isSegmentCode(code)) {
            throw new IllegalArgumentException("not a segment code: " + code);
        }
        return Integer.parseInt(code);
    }

    static int digitCount(int key) {
        if (key >= 10_000_000) {
            return 8;
        }
        if (key >= 1_000_000) {
            return 7;
        }
        if (key >= 100_000) {
            return 6;
        }
        return 5;
    }

    /**
     * The segment key a number belongs to: its 6-digit prefix if that segment is in the index, otherwise its
     * 5-digit prefix (known or not). Allocation-free.
     */
    public int segmentKeyOf(int numberKey) {
        int len = digitCount(numberKey);
        if (len >= 6) {
            int six = numberKey / POW10[len - 6];
            if (segments.get(six, ABSENT) != ABSENT) {
                return six;
            }
        }
        return numberKey / POW10[len - 5];
    }

    // ---------------------------------------------------------------- reads (hot path)

    /** The packed bits of a number, or -1 if nothing is known about it. */
    public int numberBits(int numberKey) {
        return numbers.get(numberKey, ABSENT);
    }

    /** The packed bits of a segment, or -1 if nothing is known about it. */
    public int segmentBits(int segmentKey) {
        return segments.get(segmentKey, ABSENT);
    }

    static Label label(int bits) {
        return bits == ABSENT ? Label.NONE : Label.VALUES[bits & LABEL_MASK];
    }

    static int score(int bits) {
        return bits == ABSENT ? 0 : (bits >>> SCORE_SHIFT) & SCORE_MASK;
    }

    static boolean has(int bits, int flag) {
        return bits != ABSENT && (bits & flag) != 0;
    }

    static int statusCode(int segmentBits) {
        return segmentBits == ABSENT ? StatusCode.UNKNOWN : (segmentBits >>> STATUS_SHIFT) & STATUS_MASK;
    }

    // ---------------------------------------------------------------- reads (views, for people and tests)

    /** What is known about a number itself (not its segment). */
    public record NumberEntry(String number, Label label, int score, boolean complainedAbout, boolean filed) {
    }

    /** What is known about a segment; {@code status} is empty when the registry never announced it. */
    public record SegmentEntry(String code, Label label, int score, Optional<SegmentStatus> status,
                               boolean outboundAuthorised, boolean expanded, boolean subNumberFilingsTracked) {
    }

    public Optional<NumberEntry> number(PhoneNumber number) {
        int bits = numberBits(numberKey(number));
        return bits == ABSENT ? Optional.empty() : Optional.of(new NumberEntry(number.digits(), label(bits),
                score(bits), has(bits, OWN_REPUTATION), has(bits, FILED)));
    }

    public Optional<SegmentEntry> segment(String code) {
        int bits = segmentBits(segmentKey(code));
        return bits == ABSENT ? Optional.empty() : Optional.of(new SegmentEntry(code, label(bits), score(bits),
                StatusCode.status(statusCode(bits)), has(bits, OUTBOUND), has(bits, EXPANDED),
                has(bits, FILINGS_TRACKED)));
    }

    public int numberCount() {
        return numbers.size();
    }

    public int segmentCount() {
        return segments.size();
    }

    /** The longest registry-known segment (a status the contract names) that is a prefix of the number. */
    @Override
    public Optional<String> segmentOf(PhoneNumber number) {
        int key = numberKey(number);
        int len = digitCount(key);
        if (len >= 6) {
            int six = key / POW10[len - 6];
            if (statusCode(segments.get(six, ABSENT)) != StatusCode.UNKNOWN) {
                return Optional.of(Integer.toString(six));
            }
        }
        int five = key / POW10[len - 5];
        if (statusCode(segments.get(five, ABSENT)) != StatusCode.UNKNOWN) {
            return Optional.of(Integer.toString(five));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- writes

    /** The number's own reputation from its complaints; NONE with score 0 still marks it as complained about. */
    public void putNumberReputation(PhoneNumber number, Label label, int score) {
        int reputation = reputationBits(label, score);
        numbers.update(numberKey(number), ABSENT, bits -> (bits == ABSENT ? 0 : bits & ~REPUTATION_BITS)
                | reputation);
    }

    /** Forgets the number's own reputation (e.g. its complaints aged out); its filing, if any, stays. */
    public void clearNumberReputation(PhoneNumber number) {
        numbers.update(numberKey(number), ABSENT, bits -> {
            if (bits == ABSENT) {
                return ABSENT;
            }
            int rest = bits & ~REPUTATION_BITS;
            return rest == 0 ? ABSENT : rest;
        });
    }

    /** Whether the licensee filed the real-name record of this sub-number (registry data). */
    public void putSubNumberFiling(PhoneNumber number, boolean filed) {
        numbers.update(numberKey(number), ABSENT, bits -> {
            int base = bits == ABSENT ? 0 : bits;
            int next = filed ? base | FILED : base & ~FILED;
            return next == 0 ? ABSENT : next;
        });
    }

    /** The segment's own reputation from the complaints about all its numbers. */
    public void putSegmentReputation(String code, Label label, int score) {
        int reputation = reputationBits(label, score);
        segments.update(segmentKey(code), ABSENT, bits -> (bits == ABSENT ? 0 : bits & ~REPUTATION_BITS)
                | reputation);
    }

    public void clearSegmentReputation(String code) {
        segments.update(segmentKey(code), ABSENT, bits -> {
            if (bits == ABSENT) {
                return ABSENT;
            }
            int rest = bits & ~REPUTATION_BITS;
            return rest == 0 ? ABSENT : rest;
        });
    }

    /**
     * The registry's view of a segment from any {@code segment.*} event: the event carries the whole state after the
     * change, so applying it again (redelivery) changes nothing. The segment's label is kept.
     */
    public void applySegmentEvent(SegmentChanged event) {
        putSegmentRegistryState(event.code(), SegmentStatus.parse(event.status()), event.outboundAuthorised(),
                event.expanded());
    }

    public void putSegmentRegistryState(String code, SegmentStatus status, boolean outboundAuthorised,
                                        boolean expanded) {
        putSegmentRegistryState(code, Optional.of(status), outboundAuthorised, expanded);
    }

    /** As above; an empty status (one this contract version does not name) leaves the segment unknown. */
    public void putSegmentRegistryState(String code, Optional<SegmentStatus> status, boolean outboundAuthorised,
                                        boolean expanded) {
        int registry = (StatusCode.of(status) << STATUS_SHIFT) | (outboundAuthorised ? OUTBOUND : 0)
                | (expanded ? EXPANDED : 0);
        int registryMask = (STATUS_MASK << STATUS_SHIFT) | OUTBOUND | EXPANDED;
        segments.update(segmentKey(code), ABSENT, bits -> {
            int next = ((bits == ABSENT ? 0 : bits) & ~registryMask) | registry;
            return next == 0 ? ABSENT : next;
        });
    }

    /**
     * Whether every sub-number filing of this segment has been loaded into the index. Only then does a number with no
     * filing count as an unfiled sub-number; before, the verdict cannot tell and does not guess.
     */
    public void setSubNumberFilingsTracked(String code, boolean tracked) {
        segments.update(segmentKey(code), ABSENT, bits -> {
            int base = bits == ABSENT ? 0 : bits;
            int next = tracked ? base | FILINGS_TRACKED : base & ~FILINGS_TRACKED;
            return next == 0 ? ABSENT : next;
        });
    }

    private static int reputationBits(Label label, int score) {
        Objects.requireNonNull(label, "label");
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score is 0..100, got " + score);
        }
        return label.ordinal() | (score << SCORE_SHIFT) | OWN_REPUTATION;
    }
}
