package io.numguard.complaint.reputation;

import io.numguard.contracts.events.SegmentStatus;

import java.util.Objects;

/**
 * How labels and registry facts turn into a verdict; the most severe applicable verdict wins. Fixed by the rules:
 * no label allows; a REVOKED or SUSPENDED segment blocks. Configurable: each label, a segment that is expired,
 * quarantined or released, a segment the registry never announced, and (for outbound calls) a call from an
 * inbound-only segment or from an unfiled sub-number (WARN or BLOCK).
 */
public record VerdictPolicy(
        Verdict marketing,
        Verdict harassment,
        Verdict suspectedFraud,
        Verdict fraud,
        Verdict inactiveSegment,
        Verdict unknownSegment,
        Verdict outboundFromInboundOnly,
        Verdict unfiledSubNumber) {

    public VerdictPolicy {
        Objects.requireNonNull(marketing, "marketing");
        Objects.requireNonNull(harassment, "harassment");
        Objects.requireNonNull(suspectedFraud, "suspectedFraud");
        Objects.requireNonNull(fraud, "fraud");
        Objects.requireNonNull(inactiveSegment, "inactiveSegment");
        Objects.requireNonNull(unknownSegment, "unknownSegment");
        if (outboundFromInboundOnly == null || outboundFromInboundOnly == Verdict.ALLOW) {
            throw new IllegalArgumentException("an outbound call from an inbound-only segment is WARN or BLOCK");
        }
        if (unfiledSubNumber == null || unfiledSubNumber == Verdict.ALLOW) {
            throw new IllegalArgumentException("an outbound call from an unfiled sub-number is WARN or BLOCK");
        }
    }

    /**
     * MARKETING allows (the label still travels with the verdict), HARASSMENT and SUSPECTED_FRAUD warn, FRAUD
     * blocks; inactive and unknown segments, inbound-only segments calling out and unfiled sub-numbers warn.
     */
    public static VerdictPolicy defaults() {
        return new VerdictPolicy(Verdict.ALLOW, Verdict.WARN, Verdict.WARN, Verdict.BLOCK, Verdict.WARN, Verdict.WARN,
                Verdict.WARN, Verdict.WARN);
    }

    public VerdictPolicy withOutboundFromInboundOnly(Verdict v) {
        return new VerdictPolicy(marketing, harassment, suspectedFraud, fraud, inactiveSegment, unknownSegment, v,
                unfiledSubNumber);
    }

    public VerdictPolicy withUnfiledSubNumber(Verdict v) {
        return new VerdictPolicy(marketing, harassment, suspectedFraud, fraud, inactiveSegment, unknownSegment,
                outboundFromInboundOnly, v);
    }

    public VerdictPolicy withInactiveSegment(Verdict v) {
        return new VerdictPolicy(marketing, harassment, suspectedFraud, fraud, v, unknownSegment,
                outboundFromInboundOnly, unfiledSubNumber);
    }

    public VerdictPolicy withUnknownSegment(Verdict v) {
        return new VerdictPolicy(marketing, harassment, suspectedFraud, fraud, inactiveSegment, v,
                outboundFromInboundOnly, unfiledSubNumber);
    }

    public Verdict forLabel(Label label) {
        return switch (label) {
            case NONE -> Verdict.ALLOW;
            case MARKETING -> marketing;
            case HARASSMENT -> harassment;
            case SUSPECTED_FRAUD -> suspectedFraud;
            case FRAUD -> fraud;
        };
    }

    /** The verdict for a segment the registry announced; one it never announced gets {@link #unknownSegment}. */
    public Verdict forStatus(SegmentStatus status) {
        return switch (status) {
            case ALLOCATED -> Verdict.ALLOW;
            case SUSPENDED, REVOKED -> Verdict.BLOCK;
            case EXPIRED, QUARANTINED, RELEASED -> inactiveSegment;
        };
    }
}
