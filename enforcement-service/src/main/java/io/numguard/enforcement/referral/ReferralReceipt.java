package io.numguard.enforcement.referral;

import io.numguard.enforcement.cases.IntakeResult;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.decisionlog.Decision;

import java.util.List;

/**
 * What receiving a referral did: the referral to save, the cases opened or joined (each an {@link IntakeResult}
 * whose case to save), the {@code referral.received} events and the decisions (case openings) to log.
 */
public record ReferralReceipt(Referral referral, List<IntakeResult> cases, List<OutgoingEvent> events,
                              List<Decision> decisions) {
    public ReferralReceipt {
        cases = List.copyOf(cases);
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}
