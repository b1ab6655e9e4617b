package io.numguard.enforcement.cases;

import io.numguard.contracts.EventType;

/** What may be proposed under four-eyes, and the order and event its approval produces. */
public enum ProposalKind {
    SUSPENSION("SUSPEND", EventType.ORDER_SUSPEND),
    REVOCATION("REVOKE", EventType.ORDER_REVOKE),
    REINSTATEMENT("REINSTATE", EventType.ORDER_REINSTATE);

    private final String orderAction;
    private final EventType orderEvent;

    ProposalKind(String orderAction, EventType orderEvent) {
        this.orderAction = orderAction;
        this.orderEvent = orderEvent;
    }

    /** The {@code action} field of the {@link io.numguard.contracts.events.Order}: SUSPEND, REVOKE or REINSTATE. */
    public String orderAction() {
        return orderAction;
    }

    public EventType orderEvent() {
        return orderEvent;
    }
}
