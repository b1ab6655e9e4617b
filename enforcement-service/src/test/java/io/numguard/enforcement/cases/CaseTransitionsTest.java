package io.numguard.enforcement.cases;

import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.EnforcementSettings;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.devstack.testing.MutableClock;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_GD;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole workflow table, enumerated: every state x every action, allowed (and to which state) or refused with
 * {@code action-not-allowed-in-state}; then every role and a foreign province against every action.
 */
class CaseTransitionsTest {

    /** The workflow as the issue states it, written independently of the production table. */
    private static final String EXPECTED = """
            OPEN                    INVESTIGATE            INVESTIGATING
            INVESTIGATING           ORDER_RECTIFICATION    RECTIFICATION_ORDERED
            INVESTIGATING           RESOLVE                RESOLVED
            INVESTIGATING           PROPOSE_SUSPENSION     SUSPENSION_PROPOSED
            INVESTIGATING           PROPOSE_REVOCATION     REVOCATION_PROPOSED
            INVESTIGATING           PROPOSE_REINSTATEMENT  REINSTATEMENT_PROPOSED
            RECTIFICATION_ORDERED   RESOLVE                RESOLVED
            RECTIFICATION_ORDERED   ESCALATE               INVESTIGATING
            SUSPENSION_PROPOSED     APPROVE                SUSPENSION_APPROVED
            SUSPENSION_PROPOSED     REJECT                 REJECTED
            REVOCATION_PROPOSED     APPROVE                REVOCATION_APPROVED
            REVOCATION_PROPOSED     REJECT                 REJECTED
            REINSTATEMENT_PROPOSED  APPROVE                REINSTATEMENT_APPROVED
            REINSTATEMENT_PROPOSED  REJECT                 REJECTED
            SUSPENSION_APPROVED     PROPOSE_REINSTATEMENT  REINSTATEMENT_PROPOSED
            SUSPENSION_APPROVED     PROPOSE_REVOCATION     REVOCATION_PROPOSED
            REJECTED                INVESTIGATE            INVESTIGATING
            REJECTED                CLOSE                  CLOSED
            RESOLVED                CLOSE                  CLOSED
            REVOCATION_APPROVED     CLOSE                  CLOSED
            REINSTATEMENT_APPROVED  CLOSE                  CLOSED
            """;

    private static final Map<CaseState, Map<CaseAction, CaseState>> EXPECTED_TABLE = parse(EXPECTED);

    private final MutableClock clock = new MutableClock(Fixtures.T0);
    private final CaseWorkflow workflow = new CaseWorkflow(EnforcementSettings.defaults(), clock,
            IdSource.sequential("id"), Fixtures.licensees());

    static Stream<Arguments> everyStateAndAction() {
        return Arrays.stream(CaseState.values())
                .flatMap(s -> Arrays.stream(CaseAction.values()).map(a -> Arguments.of(s, a)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyStateAndAction")
    void every_state_and_action_is_allowed_or_refused_as_the_table_says(CaseState state, CaseAction action) {
        EnforcementCase c = Fixtures.segmentCaseIn(state);
        // regulator.fj2 of Fujian: right role, right province, not the proposer, with a reason
        Verdict<CaseChange> verdict = workflow.act(c, REGULATOR_FJ2, new CaseCommand(action, "a reason", false));

        CaseState expected = EXPECTED_TABLE.get(state).get(action);
        if (expected != null) {
            assertThat(verdict.isAllowed()).as("%s x %s allowed, but %s", state, action, verdict.refusal()).isTrue();
            assertThat(verdict.value().caseAfter().state()).isEqualTo(expected);
        } else {
            assertThat(verdict.refusalReason()).contains(RefusalReason.ACTION_NOT_ALLOWED_IN_STATE);
            assertThat(verdict.refusal().orElseThrow().detail()).contains(state.name()).contains(action.name());
        }
    }

    @Test
    void the_production_table_is_exactly_the_expected_one() {
        for (CaseState s : CaseState.values()) {
            for (CaseAction a : CaseAction.values()) {
                assertThat(CaseTransitions.target(s, a)).as("%s x %s", s, a)
                        .isEqualTo(Optional.ofNullable(EXPECTED_TABLE.get(s).get(a)));
            }
        }
        assertThat(CaseTransitions.all()).hasSize(21);
    }

    @Test
    void every_state_is_reachable_from_open_and_every_open_state_can_move_on() {
        Set<CaseState> reached = EnumSet.of(CaseState.OPEN);
        Deque<CaseState> todo = new ArrayDeque<>(reached);
        while (!todo.isEmpty()) {
            CaseState s = todo.pop();
            for (CaseAction a : CaseTransitions.actionsFrom(s)) {
                CaseState next = CaseTransitions.target(s, a).orElseThrow();
                if (reached.add(next)) {
                    todo.push(next);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(CaseState.values());
        for (CaseState s : CaseState.values()) {
            assertThat(CaseTransitions.actionsFrom(s).isEmpty()).as(s.name()).isEqualTo(s == CaseState.CLOSED);
        }
    }

    @Test
    void proposal_states_match_the_proposal_kinds() {
        for (CaseAction a : CaseAction.values()) {
            a.proposes().ifPresent(kind -> CaseTransitions.all().stream()
                    .filter(t -> t.action() == a)
                    .forEach(t -> assertThat(t.to().pendingProposal()).contains(kind)));
        }
    }

    static Stream<Arguments> everyNonRegulatorRoleAndAction() {
        return Arrays.stream(Role.values()).filter(r -> r != Role.REGULATOR)
                .flatMap(r -> Arrays.stream(CaseAction.values()).map(a -> Arguments.of(r, a)));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyNonRegulatorRoleAndAction")
    void only_regulators_act_on_cases_and_the_service_only_escalates(Role role, CaseAction action) {
        // a state where the table allows the action, so that only the role can be the reason
        CaseState state = CaseTransitions.all().stream().filter(t -> t.action() == action).findFirst()
                .orElseThrow().from();
        Actor actor = new Actor("someone", Set.of(role), "FJ", "CT", "FZ-PSB");

        Verdict<CaseChange> verdict = workflow.act(Fixtures.segmentCaseIn(state), actor,
                new CaseCommand(action, "a reason", false));

        if (role == Role.SYSTEM && action == CaseAction.ESCALATE) {
            assertThat(verdict.isAllowed()).isTrue();
        } else {
            assertThat(verdict.refusalReason()).contains(RefusalReason.ROLE_NOT_ALLOWED);
        }
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("everyStateAndAction")
    void a_regulator_of_another_province_is_refused_whatever_the_state(CaseState state, CaseAction action) {
        Verdict<CaseChange> verdict = workflow.act(Fixtures.segmentCaseIn(state), REGULATOR_GD,
                new CaseCommand(action, "a reason", false));

        assertThat(verdict.refusalReason()).contains(RefusalReason.OUTSIDE_PROVINCE);
    }

    private static Map<CaseState, Map<CaseAction, CaseState>> parse(String table) {
        Map<CaseState, Map<CaseAction, CaseState>> m = new EnumMap<>(CaseState.class);
        for (CaseState s : CaseState.values()) {
            m.put(s, new EnumMap<>(CaseAction.class));
        }
        table.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(line -> {
            String[] p = line.split("\\s+");
            m.get(CaseState.valueOf(p[0])).put(CaseAction.valueOf(p[1]), CaseState.valueOf(p[2]));
        });
        return m;
    }
}
