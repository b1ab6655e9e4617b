package io.numguard.enforcement.cases.rest;

import io.numguard.contracts.events.Order;
import io.numguard.enforcement.cases.CaseAction;
import io.numguard.enforcement.cases.CasePolicies;
import io.numguard.enforcement.cases.CaseTrigger;
import io.numguard.enforcement.cases.EnforcementCase;
import io.numguard.enforcement.cases.Escalation;
import io.numguard.enforcement.cases.Proposal;
import io.numguard.enforcement.common.Actor;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A case as the API shows it, with the actions the caller could take now ({@code availableActions}) and its
 * orders: on {@code GET}, every order of the case; after an action, the orders that action issued.
 */
public record CaseView(
        String id,
        String subjectKind,
        String subject,
        String province,
        String state,
        String licenseeUscc,
        List<String> segmentCodes,
        Instant openedAt,
        String openedBy,
        Instant updatedAt,
        List<CaseTrigger> triggers,
        Proposal pendingProposal,
        Instant rectificationDeadline,
        List<String> orderIds,
        List<Escalation> escalations,
        Set<CaseAction> availableActions,
        List<Order> orders,
        List<String> sanctionIds) {

    public static CaseView of(EnforcementCase c, Actor viewer, List<Order> orders, List<String> sanctionIds) {
        return new CaseView(c.id(), c.subject().kind().name(), c.subject().id(), c.province(), c.state().name(),
                c.licenseeUscc(), c.segmentCodes(), c.openedAt(), c.openedBy(), c.updatedAt(), c.triggers(),
                c.pendingProposal(), c.rectificationDeadline(), c.orderIds(), c.escalations(),
                CasePolicies.availableActions(c, viewer), orders, sanctionIds);
    }
}
