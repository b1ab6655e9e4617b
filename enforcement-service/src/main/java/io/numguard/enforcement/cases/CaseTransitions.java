package io.numguard.enforcement.cases;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.numguard.enforcement.cases.CaseAction.APPROVE;
import static io.numguard.enforcement.cases.CaseAction.CLOSE;
import static io.numguard.enforcement.cases.CaseAction.ESCALATE;
import static io.numguard.enforcement.cases.CaseAction.INVESTIGATE;
import static io.numguard.enforcement.cases.CaseAction.ORDER_RECTIFICATION;
import static io.numguard.enforcement.cases.CaseAction.PROPOSE_REINSTATEMENT;
import static io.numguard.enforcement.cases.CaseAction.PROPOSE_REVOCATION;
import static io.numguard.enforcement.cases.CaseAction.PROPOSE_SUSPENSION;
import static io.numguard.enforcement.cases.CaseAction.REJECT;
import static io.numguard.enforcement.cases.CaseAction.RESOLVE;
import static io.numguard.enforcement.cases.CaseState.CLOSED;
import static io.numguard.enforcement.cases.CaseState.INVESTIGATING;
import static io.numguard.enforcement.cases.CaseState.OPEN;
import static io.numguard.enforcement.cases.CaseState.RECTIFICATION_ORDERED;
import static io.numguard.enforcement.cases.CaseState.REINSTATEMENT_APPROVED;
import static io.numguard.enforcement.cases.CaseState.REINSTATEMENT_PROPOSED;
import static io.numguard.enforcement.cases.CaseState.REJECTED;
import static io.numguard.enforcement.cases.CaseState.RESOLVED;
import static io.numguard.enforcement.cases.CaseState.REVOCATION_APPROVED;
import static io.numguard.enforcement.cases.CaseState.REVOCATION_PROPOSED;
import static io.numguard.enforcement.cases.CaseState.SUSPENSION_APPROVED;
import static io.numguard.enforcement.cases.CaseState.SUSPENSION_PROPOSED;

/**
 * The case workflow: the one table of (state, action) to next state. A pair that is not in the table is refused
 * with {@code action-not-allowed-in-state}. Who may take an action is {@link CasePolicies}'s concern, not this
 * table's.
 */
public final class CaseTransitions {

    /** One row of the table. */
    public record Transition(CaseState from, CaseAction action, CaseState to) {
    }

    private static final List<Transition> ALL = List.of(
            t(OPEN, INVESTIGATE, INVESTIGATING),

            t(INVESTIGATING, ORDER_RECTIFICATION, RECTIFICATION_ORDERED),
            t(INVESTIGATING, RESOLVE, RESOLVED),
            t(INVESTIGATING, PROPOSE_SUSPENSION, SUSPENSION_PROPOSED),
            t(INVESTIGATING, PROPOSE_REVOCATION, REVOCATION_PROPOSED),
            // a segment suspended under an earlier, closed case is reinstated through a new case
            t(INVESTIGATING, PROPOSE_REINSTATEMENT, REINSTATEMENT_PROPOSED),

            t(RECTIFICATION_ORDERED, RESOLVE, RESOLVED),
            t(RECTIFICATION_ORDERED, ESCALATE, INVESTIGATING),

            t(SUSPENSION_PROPOSED, APPROVE, SUSPENSION_APPROVED),
            t(SUSPENSION_PROPOSED, REJECT, REJECTED),
            t(REVOCATION_PROPOSED, APPROVE, REVOCATION_APPROVED),
            t(REVOCATION_PROPOSED, REJECT, REJECTED),
            t(REINSTATEMENT_PROPOSED, APPROVE, REINSTATEMENT_APPROVED),
            t(REINSTATEMENT_PROPOSED, REJECT, REJECTED),

            // a suspended segment's case stays open until the segment is reinstated or revoked
            t(SUSPENSION_APPROVED, PROPOSE_REINSTATEMENT, REINSTATEMENT_PROPOSED),
            t(SUSPENSION_APPROVED, PROPOSE_REVOCATION, REVOCATION_PROPOSED),

            t(REJECTED, INVESTIGATE, INVESTIGATING),
            t(REJECTED, CLOSE, CLOSED),
            t(RESOLVED, CLOSE, CLOSED),
            t(REVOCATION_APPROVED, CLOSE, CLOSED),
            t(REINSTATEMENT_APPROVED, CLOSE, CLOSED));

    private static final Map<CaseState, Map<CaseAction, CaseState>> TABLE = index(ALL);

    private CaseTransitions() {
    }

    /** Every allowed transition, in table order. */
    public static List<Transition> all() {
        return ALL;
    }

    /** The state the action leads to from {@code from}, or empty when the table does not allow it. */
    public static Optional<CaseState> target(CaseState from, CaseAction action) {
        return Optional.ofNullable(TABLE.get(from).get(action));
    }

    public static boolean allows(CaseState from, CaseAction action) {
        return TABLE.get(from).containsKey(action);
    }

    /** The actions the table allows from a state (empty for CLOSED). */
    public static Set<CaseAction> actionsFrom(CaseState from) {
        Set<CaseAction> actions = TABLE.get(from).keySet();
        return actions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(actions));
    }

    private static Transition t(CaseState from, CaseAction action, CaseState to) {
        return new Transition(from, action, to);
    }

    private static Map<CaseState, Map<CaseAction, CaseState>> index(List<Transition> transitions) {
        Map<CaseState, Map<CaseAction, CaseState>> table = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            table.put(s, new EnumMap<>(CaseAction.class));
        }
        for (Transition t : transitions) {
            if (table.get(t.from()).put(t.action(), t.to()) != null) {
                throw new IllegalStateException("two transitions for " + t.from() + " x " + t.action());
            }
        }
        Map<CaseState, Map<CaseAction, CaseState>> frozen = new EnumMap<>(CaseState.class);
        table.forEach((s, m) -> frozen.put(s, Collections.unmodifiableMap(m)));
        return Collections.unmodifiableMap(frozen);
    }
}
