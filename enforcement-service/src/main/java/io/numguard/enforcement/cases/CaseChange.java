package io.numguard.enforcement.cases;

import io.numguard.contracts.events.Order;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.sanction.Sanction;

import java.util.List;
import java.util.Objects;

/**
 * What an accepted action did: the case after it, the orders issued (on approval), the sanctions imposed (on an
 * approved revocation for fraud), the events to write to the outbox, and the decisions to append to the log. The
 * caller persists all of it in one transaction.
 */
public record CaseChange(EnforcementCase caseAfter, List<Order> orders, List<Sanction> sanctions,
                         List<OutgoingEvent> events, List<Decision> decisions) {
    public CaseChange {
        Objects.requireNonNull(caseAfter, "caseAfter");
        orders = List.copyOf(orders);
        sanctions = List.copyOf(sanctions);
        events = List.copyOf(events);
        decisions = List.copyOf(decisions);
    }
}
