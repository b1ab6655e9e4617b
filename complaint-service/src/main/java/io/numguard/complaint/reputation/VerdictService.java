package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;
import io.numguard.contracts.number.PhoneNumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The call-time screening verdict, computed per call set-up from the {@link ReputationIndex} alone: at most three
 * hash probes (the number, its 6-digit prefix, its segment), no locks, no allocation in {@link #verdictBits}.
 *
 * <p>The verdict is the most severe of:
 * <ul>
 *   <li>the label: the more severe of the number's own and its segment's, so a number never complained about
 *       inherits its segment's label (fraudsters rotate the last digits), and a segment-wide label is not undone by
 *       one number's milder own label;</li>
 *   <li>the segment's registry status: REVOKED or SUSPENDED block; expired, quarantined, released or never
 *       announced as configured;</li>
 *   <li>for an outbound call, an inbound-only segment or an unfiled sub-number, as configured (WARN or BLOCK).</li>
 * </ul>
 * The score is the higher of the number's and the segment's.
 */
public final class VerdictService {
    private final ReputationIndex index;
    private final VerdictPolicy policy;
    private final byte[] labelVerdict = new byte[Label.VALUES.length];
    private final byte[] statusVerdict = new byte[StatusCode.COUNT]; // by StatusCode
    private final int[] statusReasons = new int[StatusCode.COUNT];
    private final int outboundVerdict;
    private final int unfiledVerdict;

    public VerdictService(ReputationIndex index, VerdictPolicy policy) {
        this.index = Objects.requireNonNull(index, "index");
        this.policy = Objects.requireNonNull(policy, "policy");
        for (Label l : Label.VALUES) {
            labelVerdict[l.ordinal()] = (byte) policy.forLabel(l).ordinal();
        }
        statusVerdict[StatusCode.UNKNOWN] = (byte) policy.unknownSegment().ordinal();
        statusReasons[StatusCode.UNKNOWN] = ReasonCode.SEGMENT_UNKNOWN.bit();
        for (SegmentStatus s : SegmentStatus.values()) {
            statusVerdict[StatusCode.of(s)] = (byte) policy.forStatus(s).ordinal();
            ReasonCode r = ReasonCode.ofStatus(s);
            statusReasons[StatusCode.of(s)] = r == null ? 0 : r.bit();
        }
        this.outboundVerdict = policy.outboundFromInboundOnly().ordinal();
        this.unfiledVerdict = policy.unfiledSubNumber().ordinal();
    }

    public VerdictPolicy policy() {
        return policy;
    }

    /** For a number as typed (any form {@link PhoneNumber#parse} accepts); throws on a malformed number. */
    public ScreeningVerdict verdict(String rawNumber, CallDirection direction) {
        int key = ReputationIndex.numberKey(rawNumber);
        if (key < 0) {
            PhoneNumber parsed = PhoneNumber.parse(rawNumber);
            return verdict(parsed, direction);
        }
        return new ScreeningVerdict(rawNumber, verdictBits(key, direction));
    }

    public ScreeningVerdict verdict(PhoneNumber number, CallDirection direction) {
        return new ScreeningVerdict(number.digits(), verdictBits(ReputationIndex.numberKey(number), direction));
    }

    /** Batch lookup, in input order; throws on the first malformed number (validate first for per-item errors). */
    public List<ScreeningVerdict> verdicts(List<String> rawNumbers, CallDirection direction) {
        List<ScreeningVerdict> out = new ArrayList<>(rawNumbers.size());
        for (String raw : rawNumbers) {
            out.add(verdict(raw, direction));
        }
        return out;
    }

    /**
     * The verdict packed in a long (decode with {@link ScreeningVerdict#of}); the allocation-free core.
     *
     * @param numberKey {@link ReputationIndex#numberKey} of a valid number
     */
    public long verdictBits(int numberKey, CallDirection direction) {
        int number = index.numberBits(numberKey);
        int segmentKey = index.segmentKeyOf(numberKey);
        int segment = index.segmentBits(segmentKey);

        Label numberLabel = ReputationIndex.label(number);
        Label segmentLabel = ReputationIndex.label(segment);
        int status = ReputationIndex.statusCode(segment);

        int reasons = 0;
        if (numberLabel != Label.NONE) {
            reasons |= ReasonCode.NUMBER_LABEL.bit();
        }
        Label label = numberLabel;
        if (segmentLabel.isMoreSevereThan(numberLabel)) {
            label = segmentLabel;
            reasons |= ReputationIndex.has(number, ReputationIndex.OWN_REPUTATION)
                    ? ReasonCode.SEGMENT_LABEL_MORE_SEVERE.bit() : ReasonCode.SEGMENT_LABEL_INHERITED.bit();
        }
        int score = Math.max(ReputationIndex.score(number), ReputationIndex.score(segment));

        int verdict = Math.max(labelVerdict[label.ordinal()], statusVerdict[status]);
        reasons |= statusReasons[status];

        if (direction == CallDirection.OUTBOUND && status != StatusCode.UNKNOWN) {
            if (!ReputationIndex.has(segment, ReputationIndex.OUTBOUND)) {
                verdict = Math.max(verdict, outboundVerdict);
                reasons |= ReasonCode.OUTBOUND_FROM_INBOUND_ONLY.bit();
            }
            if (ReputationIndex.has(segment, ReputationIndex.FILINGS_TRACKED)
                    && ReputationIndex.digitCount(numberKey) > ReputationIndex.digitCount(segmentKey)
                    && !ReputationIndex.has(number, ReputationIndex.FILED)) {
                verdict = Math.max(verdict, unfiledVerdict);
                reasons |= ReasonCode.UNFILED_SUB_NUMBER.bit();
            }
        }
        return ScreeningVerdict.pack(Verdict.VALUES[verdict], label, score, numberLabel, segmentLabel, status,
                reasons, segmentKey);
    }
}
