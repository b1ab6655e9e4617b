package io.numguard.enforcement.cases;

import io.numguard.contracts.events.Order;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.directory.LicenseeLookup;
import io.numguard.enforcement.sanction.JointPunishment;
import io.numguard.enforcement.sanction.Sanction;
import io.numguard.enforcement.sanction.SanctionChange;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Takes one action on a case: checks {@link CasePolicies}, moves the case along {@link CaseTransitions}, and
 * reports what it caused. Approving a proposal issues one {@link Order} per segment of the case (with its
 * {@code order.*} event); approving a revocation for fraud also imposes joint punishment on the licensee.
 */
public final class CaseWorkflow {
    private final EnforcementSettings settings;
    private final Clock clock;
    private final IdSource ids;
    private final JointPunishment jointPunishment;

    public CaseWorkflow(EnforcementSettings settings, Clock clock, IdSource ids, LicenseeLookup licensees) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.jointPunishment = new JointPunishment(clock, ids, licensees);
    }

    /** Subject of a case's decisions in the decision log. */
    public static String subject(String caseId) {
        return "case/" + caseId;
    }

    public Verdict<CaseChange> act(EnforcementCase c, Actor actor, CaseCommand command) {
        Verdict<Nothing> policies = CasePolicies.check(c, actor, command);
        if (policies instanceof Verdict.Refused<Nothing> refused) {
            return refused.retyped();
        }
        Instant now = clock.instant();
        CaseAction action = command.action();
        CaseState to = CaseTransitions.target(c.state(), action).orElseThrow();
        EnforcementCase.Builder next = c.toBuilder().state(to).updatedAt(now).rectificationDeadline(null);

        Map<String, String> details = baseDetails(c, actor, command, to);
        List<Order> orders = new ArrayList<>();
        List<Sanction> sanctions = new ArrayList<>();
        List<OutgoingEvent> events = new ArrayList<>();
        List<Decision> extraDecisions = new ArrayList<>();
        DecisionKind kind = DecisionKind.CASE_ACTION;

        switch (action) {
            case ORDER_RECTIFICATION -> {
                Instant deadline = now.plus(settings.rectificationPeriod());
                next.rectificationDeadline(deadline);
                details.put("rectificationDeadline", deadline.toString());
            }
            case ESCALATE -> {
                kind = DecisionKind.ESCALATION;
                List<Escalation> escalations = new ArrayList<>(c.escalations());
                escalations.add(new Escalation(Escalation.Kind.RECTIFICATION_NOT_DONE, now, actor.userId(), null, null,
                        c.rectificationDeadline(), command.reason()));
                next.escalations(escalations);
                details.put("rectificationDeadline", c.rectificationDeadline().toString());
            }
            case PROPOSE_SUSPENSION, PROPOSE_REVOCATION, PROPOSE_REINSTATEMENT -> {
                Proposal proposal = new Proposal(action.proposes().orElseThrow(), actor.userId(), command.reason(),
                        command.fraud(), now);
                next.pendingProposal(proposal);
                details.put("proposal", proposal.kind().name());
                details.put("fraud", Boolean.toString(proposal.fraud()));
            }
            case APPROVE -> {
                kind = DecisionKind.APPROVAL;
                Proposal proposal = c.pendingProposal();
                next.pendingProposal(null);
                details.put("outcome", "APPROVED");
                details.put("proposal", proposal.kind().name());
                details.put("proposedBy", proposal.proposedBy());
                details.put("fraud", Boolean.toString(proposal.fraud()));
                List<String> orderIds = new ArrayList<>(c.orderIds());
                for (String segmentCode : c.segmentCodes()) {
                    Order order = new Order(ids.newId(), c.id(), segmentCode, proposal.kind().orderAction(),
                            proposal.reason(), proposal.fraud(), proposal.proposedBy(), actor.userId(), now);
                    orders.add(order);
                    orderIds.add(order.orderId());
                    events.add(new OutgoingEvent(proposal.kind().orderEvent(), segmentCode, order));
                }
                next.orderIds(orderIds);
                details.put("orderIds", String.join(",", orders.stream().map(Order::orderId).toList()));
                if (proposal.kind() == ProposalKind.REVOCATION && proposal.fraud()) {
                    if (c.licenseeUscc() != null) {
                        SanctionChange sanction = jointPunishment.imposeForFraudRevocation(c.id(), c.licenseeUscc(),
                                proposal.reason(), actor.userId());
                        sanctions.add(sanction.sanction());
                        events.addAll(sanction.events());
                        extraDecisions.addAll(sanction.decisions());
                        details.put("sanctionId", sanction.sanction().sanctionId());
                    } else {
                        details.put("sanction", "not imposed: the licensee of the segment is not known");
                    }
                }
            }
            case REJECT -> {
                kind = DecisionKind.APPROVAL;
                Proposal proposal = c.pendingProposal();
                next.pendingProposal(null);
                details.put("outcome", "REJECTED");
                details.put("proposal", proposal.kind().name());
                details.put("proposedBy", proposal.proposedBy());
            }
            case INVESTIGATE, RESOLVE, CLOSE -> {
                // the state change is all
            }
        }

        List<Decision> decisions = new ArrayList<>();
        decisions.add(Decision.of(now, actor.userId(), kind, subject(c.id()), details));
        decisions.addAll(extraDecisions);
        return Verdict.allowed(new CaseChange(next.build(), orders, sanctions, events, decisions));
    }

    /** Open cases whose rectification deadline has passed: for a scheduler to escalate (as {@link Actor#system()}). */
    public static List<EnforcementCase> rectificationOverdue(Collection<EnforcementCase> cases, Instant now) {
        return cases.stream().filter(c -> c.rectificationOverdue(now)).toList();
    }

    private static Map<String, String> baseDetails(EnforcementCase c, Actor actor, CaseCommand command, CaseState to) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("action", command.action().name());
        details.put("from", c.state().name());
        details.put("to", to.name());
        details.put("reason", command.reason());
        details.put("caseSubject", c.subject().toString());
        details.put("province", c.province());
        details.put("actorRoles", String.join(",", actor.roles().stream().map(Enum::name).sorted().toList()));
        details.put("actorProvince", actor.province());
        return details;
    }
}
