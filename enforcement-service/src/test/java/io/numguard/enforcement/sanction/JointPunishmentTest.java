package io.numguard.enforcement.sanction;

import io.numguard.contracts.EventType;
import io.numguard.contracts.events.SanctionImposed;
import io.numguard.contracts.events.SanctionLifted;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.testing.Fixtures;
import io.numguard.devstack.testing.MutableClock;
import io.numguard.support.rule.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static io.numguard.enforcement.testing.Fixtures.LEGAL_REP_HASH_A;
import static io.numguard.enforcement.testing.Fixtures.POLICE_FZ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_CN;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ;
import static io.numguard.enforcement.testing.Fixtures.REGULATOR_FJ2;
import static io.numguard.enforcement.testing.Fixtures.T0;
import static io.numguard.enforcement.testing.Fixtures.USCC_A;
import static io.numguard.enforcement.testing.Fixtures.USCC_B;
import static org.assertj.core.api.Assertions.assertThat;

class JointPunishmentTest {

    private final MutableClock clock = new MutableClock(T0);
    private final JointPunishment jointPunishment = new JointPunishment(clock, IdSource.sequential("sanction"),
            Fixtures.licensees());

    private static final Optional<ImposeSanction.LinkedCase> NO_CASE = Optional.empty();
    private static final Optional<ImposeSanction.LinkedCase> CASE_1_OF_A =
            Optional.of(new ImposeSanction.LinkedCase("case-1", USCC_A));

    private Sanction imposedOnA() {
        return jointPunishment.impose(REGULATOR_FJ,
                new ImposeSanction(USCC_A, null, "fraud ring", "case-1"), CASE_1_OF_A)
                .value().sanction();
    }

    @Test
    void imposing_by_hand_publishes_the_sanction_with_the_known_legal_representative() {
        SanctionChange change = jointPunishment.impose(REGULATOR_FJ,
                new ImposeSanction(USCC_A, null, "fraud ring", "case-1"), CASE_1_OF_A).value();

        assertThat(change.sanction().legalRepresentativeHash()).isEqualTo(LEGAL_REP_HASH_A);
        assertThat(change.sanction().imposedBy()).isEqualTo("regulator.fj");
        assertThat(change.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SANCTION_IMPOSED);
            assertThat(e.key()).isEqualTo(USCC_A);
            assertThat(e.data(SanctionImposed.class).reason()).isEqualTo("fraud ring");
        });
        assertThat(change.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.SANCTION_IMPOSED);
            assertThat(d.details()).containsEntry("automatic", "false");
        });
    }

    @Test
    void an_explicit_legal_representative_hash_wins() {
        Sanction s = jointPunishment.impose(REGULATOR_FJ,
                new ImposeSanction(USCC_A, "sha256:other", "r", null), NO_CASE)
                .value().sanction();

        assertThat(s.legalRepresentativeHash()).isEqualTo("sha256:other");
    }

    @Test
    void imposing_needs_a_reason_a_regulator_and_the_licensees_province() {
        assertThat(jointPunishment.impose(REGULATOR_FJ,
                new ImposeSanction(USCC_A, null, " ", null), NO_CASE).refusalReason())
                .contains(RefusalReason.REASON_REQUIRED);
        assertThat(jointPunishment.impose(POLICE_FZ,
                new ImposeSanction(USCC_A, null, "r", null), NO_CASE).refusalReason())
                .contains(RefusalReason.ROLE_NOT_ALLOWED);
        assertThat(jointPunishment.impose(REGULATOR_FJ,
                new ImposeSanction(USCC_B, null, "r", null), NO_CASE).refusalReason())
                .contains(RefusalReason.OUTSIDE_PROVINCE);
        assertThat(jointPunishment.impose(REGULATOR_CN,
                new ImposeSanction(USCC_B, null, "r", null), NO_CASE).isAllowed())
                .isTrue();
        assertThat(jointPunishment.impose(REGULATOR_FJ,
                new ImposeSanction("", null, "r", null), NO_CASE).refusalReason())
                .contains(RefusalReason.INVALID_INPUT);
    }

    @Test
    void a_sanction_cannot_name_another_licensees_case() {
        ImposeSanction onA = new ImposeSanction(USCC_A, null, "fraud ring", "case-of-b");

        assertThat(jointPunishment.impose(REGULATOR_FJ, onA,
                Optional.of(new ImposeSanction.LinkedCase("case-of-b", USCC_B))).refusalReason())
                .contains(RefusalReason.CASE_OF_ANOTHER_LICENSEE);
        assertThat(jointPunishment.impose(REGULATOR_FJ, onA,
                Optional.of(new ImposeSanction.LinkedCase("case-of-b", null))).refusalReason())
                .contains(RefusalReason.CASE_OF_ANOTHER_LICENSEE);
        assertThat(jointPunishment.impose(REGULATOR_FJ, onA, CASE_1_OF_A).isAllowed()).isTrue();
    }

    @Test
    void a_licensee_not_known_is_for_the_ministry() {
        ImposeSanction unknown = new ImposeSanction("91110000UNKNOWN000", "sha256:x", "r", null);

        assertThat(jointPunishment.impose(REGULATOR_FJ, unknown, NO_CASE).refusalReason())
                .contains(RefusalReason.OUTSIDE_PROVINCE);
        assertThat(jointPunishment.impose(REGULATOR_CN, unknown, NO_CASE).isAllowed()).isTrue();
    }

    @Test
    void lifting_needs_a_reason_and_publishes_the_lift() {
        Sanction sanction = imposedOnA();
        clock.advance(Duration.ofDays(365));

        assertThat(jointPunishment.lift(sanction, REGULATOR_FJ2, null).refusalReason())
                .contains(RefusalReason.REASON_REQUIRED);

        SanctionChange lifted = jointPunishment.lift(sanction, REGULATOR_FJ2, "court ruling").value();
        assertThat(lifted.sanction().isActive()).isFalse();
        assertThat(lifted.sanction().liftedAt()).isEqualTo(T0.plus(Duration.ofDays(365)));
        assertThat(lifted.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.SANCTION_LIFTED);
            assertThat(e.key()).isEqualTo(USCC_A);
            SanctionLifted data = e.data(SanctionLifted.class);
            assertThat(data.reason()).isEqualTo("court ruling");
            assertThat(data.liftedBy()).isEqualTo("regulator.fj2");
            assertThat(data.legalRepresentativeHash()).isEqualTo(LEGAL_REP_HASH_A);
        });
        assertThat(lifted.decisions().get(0).kind()).isEqualTo(DecisionKind.SANCTION_LIFTED);
    }

    @Test
    void a_sanction_cannot_be_lifted_twice() {
        Sanction lifted = jointPunishment.lift(imposedOnA(), REGULATOR_FJ, "court ruling").value().sanction();

        Verdict<SanctionChange> again = jointPunishment.lift(lifted, REGULATOR_CN, "again");

        assertThat(again.refusalReason()).contains(RefusalReason.SANCTION_ALREADY_LIFTED);
        assertThat(again.refusal().orElseThrow().reason().slug()).isEqualTo("sanction-already-lifted");
    }

    @Test
    void lifting_is_for_regulators_of_the_province() {
        Sanction sanction = imposedOnA();

        assertThat(jointPunishment.lift(sanction, POLICE_FZ, "x").refusalReason())
                .contains(RefusalReason.ROLE_NOT_ALLOWED);
        assertThat(jointPunishment.lift(sanction, Fixtures.REGULATOR_GD, "x").refusalReason())
                .contains(RefusalReason.OUTSIDE_PROVINCE);
    }
}
