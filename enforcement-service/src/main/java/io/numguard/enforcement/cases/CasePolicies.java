package io.numguard.enforcement.cases;

import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.ProvinceScope;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The rules an action on a case must pass, each a named policy giving an allowance or a refusal with its
 * reason. {@link #check} applies them in a fixed order: who you are before what the case is, so that someone
 * without the right learns nothing about the case's state; the reason last, so that a step refused for another
 * cause is not first sent back for a reason it would never need.
 * <ol>
 *   <li>{@link #roleMayTakeAction} — {@code role-not-allowed}</li>
 *   <li>{@link #withinProvince} — {@code outside-province}</li>
 *   <li>{@link #allowedInState} — {@code action-not-allowed-in-state}</li>
 *   <li>{@link #caseHasSegment} — {@code case-has-no-segment}</li>
 *   <li>{@link #fourEyes} — {@code four-eyes}</li>
 *   <li>{@link #reasonGiven} — {@code reason-required} (every action)</li>
 * </ol>
 */
public final class CasePolicies {

    private static final Map<CaseAction, Set<Role>> ROLES = roles();

    private CasePolicies() {
    }

    /** Roles that may take each action: regulators; the service itself may also escalate a missed deadline. */
    public static Set<Role> rolesFor(CaseAction action) {
        return ROLES.get(action);
    }

    /** Roles that may open a case by hand. */
    public static Set<Role> rolesToOpenByHand() {
        return Set.of(Role.REGULATOR);
    }

    public static Verdict<Nothing> check(EnforcementCase c, Actor actor, CaseCommand command) {
        CaseAction action = command.action();
        return roleMayTakeAction(actor, action)
                .flatMap(ok -> withinProvince(actor, c))
                .flatMap(ok -> allowedInState(c, action))
                .flatMap(ok -> caseHasSegment(c, action))
                .flatMap(ok -> fourEyes(c, actor, action))
                .flatMap(ok -> reasonGiven(command));
    }

    /**
     * The actions this actor could take on the case now (for showing them): allowed by the table, the role, the
     * province, the segment rule and four-eyes. Every action still needs a reason ({@link #reasonGiven}).
     */
    public static Set<CaseAction> availableActions(EnforcementCase c, Actor actor) {
        Set<CaseAction> available = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseTransitions.actionsFrom(c.state())) {
            boolean allowed = roleMayTakeAction(actor, action)
                    .flatMap(ok -> withinProvince(actor, c))
                    .flatMap(ok -> caseHasSegment(c, action))
                    .flatMap(ok -> fourEyes(c, actor, action))
                    .isAllowed();
            if (allowed) {
                available.add(action);
            }
        }
        return Collections.unmodifiableSet(available);
    }

    public static Verdict<Nothing> roleMayTakeAction(Actor actor, CaseAction action) {
        Set<Role> allowed = rolesFor(action);
        return actor.hasAny(allowed) ? Verdict.allowed()
                : Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED,
                action + " is for " + allowed.stream().map(Enum::name).sorted().toList());
    }

    /** A regulator's province must be the case's, unless the regulator is the ministry (CN). */
    public static Verdict<Nothing> withinProvince(Actor actor, EnforcementCase c) {
        return ProvinceScope.check(actor, c.province());
    }

    public static Verdict<Nothing> allowedInState(EnforcementCase c, CaseAction action) {
        return CaseTransitions.allows(c.state(), action) ? Verdict.allowed()
                : Verdict.refused(RefusalReason.ACTION_NOT_ALLOWED_IN_STATE,
                action + " is not allowed when the case is " + c.state() + "; allowed: "
                        + CaseTransitions.actionsFrom(c.state()));
    }

    /**
     * Every action carries a reason, not only proposals and rejections: the decision log records why each step was
     * taken, and a step without one cannot be reviewed later.
     */
    public static Verdict<Nothing> reasonGiven(CaseCommand command) {
        return command.reason() == null
                ? Verdict.refused(RefusalReason.REASON_REQUIRED, command.action() + " needs a reason")
                : Verdict.allowed();
    }

    /** A proposal must have a segment to order on. */
    public static Verdict<Nothing> caseHasSegment(EnforcementCase c, CaseAction action) {
        return action.proposes().isPresent() && c.segmentCodes().isEmpty()
                ? Verdict.refused(RefusalReason.CASE_HAS_NO_SEGMENT,
                "case " + c.id() + " concerns no known segment, so there is nothing to order on")
                : Verdict.allowed();
    }

    /** Suspension, revocation and reinstatement need two different regulators: the proposer cannot approve. */
    public static Verdict<Nothing> fourEyes(EnforcementCase c, Actor actor, CaseAction action) {
        if (action != CaseAction.APPROVE || c.pendingProposal() == null) {
            return Verdict.allowed();
        }
        return c.pendingProposal().proposedBy().equals(actor.userId())
                ? Verdict.refused(RefusalReason.FOUR_EYES, actor.userId() + " proposed this "
                + c.pendingProposal().kind().name().toLowerCase(Locale.ROOT)
                + " and cannot also approve it; another regulator must")
                : Verdict.allowed();
    }

    private static Map<CaseAction, Set<Role>> roles() {
        Map<CaseAction, Set<Role>> m = new EnumMap<>(CaseAction.class);
        for (CaseAction a : CaseAction.values()) {
            m.put(a, Set.of(Role.REGULATOR));
        }
        m.put(CaseAction.ESCALATE, Set.of(Role.REGULATOR, Role.SYSTEM));
        return Collections.unmodifiableMap(m);
    }
}
