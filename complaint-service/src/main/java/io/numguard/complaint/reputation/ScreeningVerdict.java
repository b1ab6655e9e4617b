package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The call-time screening verdict for one number: verdict, label, score 0..100 and reasons. A thin view over the
 * packed result of {@link VerdictService#verdictBits}; accessors decode on demand, so building one costs a single
 * small object and the reason sentences are only made when asked for.
 */
public final class ScreeningVerdict {
    // layout of the packed long
    static final int VERDICT_SHIFT = 0;
    static final int LABEL_SHIFT = 2;
    static final int SCORE_SHIFT = 5;
    static final int NUMBER_LABEL_SHIFT = 12;
    static final int SEGMENT_LABEL_SHIFT = 15;
    static final int STATUS_SHIFT = 18;
    static final int REASONS_SHIFT = 21;
    static final int SEGMENT_SHIFT = 32;

    private final String number;
    private final long bits;

    ScreeningVerdict(String number, long bits) {
        this.number = number;
        this.bits = bits;
    }

    /** Decodes what {@link VerdictService#verdictBits} returned for {@code number}. */
    public static ScreeningVerdict of(String number, long bits) {
        return new ScreeningVerdict(number, bits);
    }

    static long pack(Verdict verdict, Label label, int score, Label numberLabel, Label segmentLabel,
                     int statusCode, int reasonFlags, int segmentKey) {
        return ((long) verdict.ordinal() << VERDICT_SHIFT)
                | ((long) label.ordinal() << LABEL_SHIFT)
                | ((long) score << SCORE_SHIFT)
                | ((long) numberLabel.ordinal() << NUMBER_LABEL_SHIFT)
                | ((long) segmentLabel.ordinal() << SEGMENT_LABEL_SHIFT)
                | ((long) statusCode << STATUS_SHIFT)
                | ((long) reasonFlags << REASONS_SHIFT)
                | ((long) segmentKey << SEGMENT_SHIFT);
    }

    public String number() {
        return number;
    }

    public Verdict verdict() {
        return Verdict.VALUES[(int) (bits >>> VERDICT_SHIFT) & 0b11];
    }

    /** The label that applies: the more severe of the number's own and its segment's. */
    public Label label() {
        return Label.VALUES[(int) (bits >>> LABEL_SHIFT) & 0b111];
    }

    public int score() {
        return (int) (bits >>> SCORE_SHIFT) & 0x7F;
    }

    public Label numberLabel() {
        return Label.VALUES[(int) (bits >>> NUMBER_LABEL_SHIFT) & 0b111];
    }

    public Label segmentLabel() {
        return Label.VALUES[(int) (bits >>> SEGMENT_LABEL_SHIFT) & 0b111];
    }

    /** The segment's registry status; empty when the registry never announced the segment. */
    public Optional<SegmentStatus> segmentStatus() {
        return StatusCode.status(statusCode());
    }

    /** The segment's registry status as the API shows it: the contract's name, or UNKNOWN. */
    public String segmentStatusName() {
        return StatusCode.name(statusCode());
    }

    private int statusCode() {
        return (int) (bits >>> STATUS_SHIFT) & StatusCode.MASK;
    }

    /** The segment the number was judged under (registry-known, or its 5-digit prefix). */
    public String segmentCode() {
        return Integer.toString((int) (bits >>> SEGMENT_SHIFT));
    }

    public boolean has(ReasonCode reason) {
        return (reasonFlags() & reason.bit()) != 0;
    }

    public List<ReasonCode> reasonCodes() {
        int flags = reasonFlags();
        List<ReasonCode> out = new ArrayList<>(Integer.bitCount(flags));
        for (ReasonCode r : ReasonCode.VALUES) {
            if ((flags & r.bit()) != 0) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Human-readable reasons, most decisive first (labels, then registry facts); empty for a clean number. */
    public List<String> reasons() {
        List<String> out = new ArrayList<>();
        for (ReasonCode r : reasonCodes()) {
            out.add(r.describe(this));
        }
        return Collections.unmodifiableList(out);
    }

    public long bits() {
        return bits;
    }

    private int reasonFlags() {
        return (int) (bits >>> REASONS_SHIFT) & 0x7FF;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ScreeningVerdict v && v.bits == bits && v.number.equals(number);
    }

    @Override
    public int hashCode() {
        return number.hashCode() * 31 + Long.hashCode(bits);
    }

    @Override
    public String toString() {
        return "ScreeningVerdict[" + number + " " + verdict() + " " + label() + " " + score() + " segment "
                + segmentCode() + " " + segmentStatusName() + " " + reasonCodes() + "]";
    }
}
