package io.numguard.registry.segment;

import io.numguard.registry.RejectionReason;
import io.numguard.registry.sanction.ActiveSanctions;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

/**
 * Rules on granting outbound calling to a segment, each a named policy answering with a {@link Verdict}.
 * Withdrawing it (back to inbound only) is never refused by them.
 */
public final class OutboundPolicies {

    private OutboundPolicies() {
    }

    /**
     * Joint punishment reaches the segments a sanctioned licensee still holds: no new outbound authorisation on any
     * of them while a sanction names its USCC; {@code outbound-barred-by-sanction}.
     */
    public static Verdict<Nothing> sanctionedLicenseeGetsNoOutbound(Segment segment, boolean authorise,
                                                            ActiveSanctions sanctions) {
        if (!authorise) {
            return Verdict.allowed();
        }
        return sanctions.against(segment.licensee())
                .<Verdict<Nothing>>map(s -> Verdict.refused(RejectionReason.OUTBOUND_BARRED_BY_SANCTION, "licensee "
                        + segment.licensee() + " of segment " + segment.code() + " is under sanction "
                        + s.sanctionId() + ": no outbound authorisation while it is in force"))
                .orElse(Verdict.allowed());
    }
}
