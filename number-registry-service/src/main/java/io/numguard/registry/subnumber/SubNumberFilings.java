package io.numguard.registry.subnumber;

import io.numguard.contracts.identity.Uscc;
import io.numguard.contracts.number.PhoneNumber;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.segment.Segment;
import io.numguard.registry.segment.SegmentStatusRules;
import io.numguard.support.rule.Verdict;

import java.time.Instant;
import java.util.Objects;

/** The rule for real-name filing of sub-numbers. */
public final class SubNumberFilings {

    private SubNumberFilings() {
    }

    /**
     * Files which end client uses {@code number}, checked in this order:
     * the filer holds the segment ({@code not-segment-holder}); the number is an 8-digit number starting with the
     * segment code ({@code number-outside-segment}); the segment is still held, ALLOCATED or SUSPENDED
     * ({@code segment-not-held}); the segment is expanded ({@code segment-not-expanded}).
     * <p>
     * Re-filing a number is a correction: the store keeps one current filing per number and the replaced one in the
     * number's history (the audit table), and the answer says which filing it replaced.
     */
    public static Verdict<SubNumberFiling> file(Segment segment, Uscc filer, PhoneNumber number, EndClient endClient,
                                                Instant at, String filedBy) {
        Objects.requireNonNull(segment, "segment");
        Objects.requireNonNull(filer, "filer");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(endClient, "endClient");
        Objects.requireNonNull(at, "at");
        SegmentCode code = segment.code();
        if (!segment.licensee().equals(filer)) {
            return Verdict.refused(RejectionReason.NOT_SEGMENT_HOLDER,
                    "licensee " + filer + " does not hold segment " + code);
        }
        if (number.digits().length() != SegmentCode.EXPANDED_LENGTH || !code.contains(number)) {
            return Verdict.refused(RejectionReason.NUMBER_OUTSIDE_SEGMENT, "number " + number
                    + " is not one of the 8-digit numbers of segment " + code);
        }
        if (!SegmentStatusRules.isHeld(segment.status())) {
            return Verdict.refused(RejectionReason.SEGMENT_NOT_HELD,
                    "segment " + code + " is " + segment.publicStatus() + "; sub-numbers cannot be filed on it");
        }
        if (!segment.expanded()) {
            return Verdict.refused(RejectionReason.SEGMENT_NOT_EXPANDED,
                    "segment " + code + " is not expanded to 8 digits");
        }
        return Verdict.allowed(new SubNumberFiling(number, code, filer, endClient, at, filedBy));
    }
}
