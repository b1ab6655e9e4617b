package io.numguard.registry.numberplan;

import io.numguard.registry.RejectionReason;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.util.List;

/**
 * Which 95 sub-ranges may be allocated to call-centre enterprises: configuration, not code. A segment code is inside
 * the plan when it starts with an allowed prefix and overlaps no reserved prefix. Reserved wins over allowed
 * ({@code 95110} is reserved though {@code 951} is allowed); a reserved prefix longer than the code bars the code too,
 * since the segment would contain reserved numbers.
 */
public final class NumberPlan {
    private final List<String> allowedPrefixes;
    private final List<String> reservedPrefixes;

    private NumberPlan(List<String> allowedPrefixes, List<String> reservedPrefixes) {
        this.allowedPrefixes = allowedPrefixes;
        this.reservedPrefixes = reservedPrefixes;
    }

    /** Prefixes are digit strings starting with {@code 95}, 3 to 6 digits long; duplicates are harmless. */
    public static NumberPlan of(List<String> allowedPrefixes, List<String> reservedPrefixes) {
        return new NumberPlan(validated("allowed", allowedPrefixes), validated("reserved", reservedPrefixes));
    }

    /**
     * The plan the issue describes: 950, 951, 952, 954, 957 allowed; 953, 955, 956 and 95110 reserved. For tests
     * and local runs; production reads its plan from configuration.
     */
    public static NumberPlan defaults() {
        return of(List.of("950", "951", "952", "954", "957"), List.of("953", "955", "956", "95110"));
    }

    /** Allowed, or rejected with {@link RejectionReason#SEGMENT_OUTSIDE_NUMBER_PLAN} and which rule failed. */
    public Verdict<Nothing> check(SegmentCode code) {
        String c = code.value();
        for (String reserved : reservedPrefixes) {
            if (c.startsWith(reserved) || reserved.startsWith(c)) {
                return Verdict.refused(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN,
                        "segment " + c + " lies in the reserved range " + reserved);
            }
        }
        for (String allowed : allowedPrefixes) {
            if (c.startsWith(allowed)) {
                return Verdict.allowed();
            }
        }
        return Verdict.refused(RejectionReason.SEGMENT_OUTSIDE_NUMBER_PLAN,
                "segment " + c + " is not in a range open to call-centre enterprises " + allowedPrefixes);
    }

    public List<String> allowedPrefixes() {
        return allowedPrefixes;
    }

    public List<String> reservedPrefixes() {
        return reservedPrefixes;
    }

    private static List<String> validated(String what, List<String> prefixes) {
        if (prefixes == null) {
            return List.of();
        }
        for (String p : prefixes) {
            if (p == null || !p.matches("95[0-9]{1,4}")) {
                throw new IllegalArgumentException(what + " prefix '" + p
                        + "' must be 95 followed by 1 to 4 digits");
            }
        }
        return List.copyOf(prefixes);
    }

    @Override
    public String toString() {
        return "NumberPlan[allowed=" + allowedPrefixes + ", reserved=" + reservedPrefixes + "]";
    }
}
