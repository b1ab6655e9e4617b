package io.numguard.enforcement.sanction;

import io.numguard.contracts.EventType;
import io.numguard.enforcement.common.Actor;
import io.numguard.enforcement.common.IdSource;
import io.numguard.enforcement.common.OutgoingEvent;
import io.numguard.enforcement.common.ProvinceScope;
import io.numguard.enforcement.common.RefusalReason;
import io.numguard.enforcement.common.Role;
import io.numguard.enforcement.decisionlog.Decision;
import io.numguard.enforcement.decisionlog.DecisionKind;
import io.numguard.enforcement.directory.KnownLicensee;
import io.numguard.enforcement.directory.LicenseeLookup;
import io.numguard.support.rule.Verdict;
import io.numguard.support.rule.Verdict.Nothing;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imposing and lifting joint punishment. By hand: a regulator of the licensee's province (or the ministry), with a
 * reason. Automatically: when a revocation for fraud is approved ({@link #imposeForFraudRevocation}).
 */
public final class JointPunishment {
    private final Clock clock;
    private final IdSource ids;
    private final LicenseeLookup licensees;

    public JointPunishment(Clock clock, IdSource ids, LicenseeLookup licensees) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.licensees = Objects.requireNonNull(licensees, "licensees");
    }

    /** Policy: only regulators impose or lift sanctions. */
    public static Verdict<Nothing> onlyRegulators(Actor actor) {
        return actor.has(Role.REGULATOR) ? Verdict.allowed()
                : Verdict.refused(RefusalReason.ROLE_NOT_ALLOWED, "only a regulator may impose or lift a sanction");
    }

    /** Policy: a lifted sanction stays lifted. */
    public static Verdict<Nothing> notLiftedYet(Sanction sanction) {
        return sanction.isActive() ? Verdict.allowed()
                : Verdict.refused(RefusalReason.SANCTION_ALREADY_LIFTED,
                "sanction " + sanction.sanctionId() + " was lifted at " + sanction.liftedAt()
                        + " by " + sanction.liftedBy());
    }

    /**
     * Policy: a sanction that names a case must be that case's licensee's. Otherwise one licensee's case would carry
     * (and in the log, justify) another licensee's punishment.
     */
    public static Verdict<Nothing> caseConcernsTheLicensee(String uscc, Optional<ImposeSanction.LinkedCase> linked) {
        Optional<ImposeSanction.LinkedCase> other = linked.filter(c -> !uscc.equals(c.licenseeUscc()));
        if (other.isEmpty()) {
            return Verdict.allowed();
        }
        ImposeSanction.LinkedCase c = other.get();
        return Verdict.refused(RefusalReason.CASE_OF_ANOTHER_LICENSEE, "case " + c.caseId() + " concerns "
                + (c.licenseeUscc() == null ? "no known licensee" : "licensee " + c.licenseeUscc()) + ", not " + uscc);
    }

    /** A sanction by hand; {@code linkedCase} is the case {@code command.caseId()} names, if it names one. */
    public Verdict<SanctionChange> impose(Actor actor, ImposeSanction command,
                                          Optional<ImposeSanction.LinkedCase> linkedCase) {
        Verdict<Nothing> policy = onlyRegulators(actor);
        if (policy instanceof Verdict.Refused<Nothing> refused) {
            return refused.retyped();
        }
        if (command.uscc() == null || command.uscc().isBlank()) {
            return Verdict.refused(RefusalReason.INVALID_INPUT, "a sanction needs the licensee's USCC");
        }
        String uscc = command.uscc().trim();
        Optional<KnownLicensee> licensee = licensees.licensee(uscc);
        policy = ProvinceScope.check(actor, licensee.map(KnownLicensee::province).orElse(null));
        if (policy instanceof Verdict.Refused<Nothing> refused) {
            return refused.retyped();
        }
        if (isBlank(command.reason())) {
            return Verdict.refused(RefusalReason.REASON_REQUIRED, "imposing a sanction needs a reason");
        }
        policy = caseConcernsTheLicensee(uscc, linkedCase);
        if (policy instanceof Verdict.Refused<Nothing> refused) {
            return refused.retyped();
        }
        String hash = !isBlank(command.legalRepresentativeHash()) ? command.legalRepresentativeHash()
                : licensee.map(KnownLicensee::legalRepresentativeHash).orElse(null);
        return Verdict.allowed(imposed(uscc, hash, command.reason().trim(), command.caseId(), actor.userId(),
                false));
    }

    /**
     * The sanction that an approved revocation for fraud brings with it. Not refusable: the approval it follows was
     * authorised already. {@code decidedBy} is the approver.
     */
    public SanctionChange imposeForFraudRevocation(String caseId, String uscc, String reason, String decidedBy) {
        String hash = licensees.licensee(uscc).map(KnownLicensee::legalRepresentativeHash).orElse(null);
        return imposed(uscc, hash, "revocation for fraud: " + reason, caseId, decidedBy, true);
    }

    /**
     * Policy: a sanction follows the person in control. When a sanctioned licensee gets a new legal representative,
     * the active sanctions bar that person too: one new sanction per control change, on the same licensee and case,
     * imposed by the service (the person moved, no one decided anew). Empty when nothing is active, the new person
     * is not known, or is barred already.
     *
     * @param active the licensee's active sanctions
     */
    public Optional<SanctionChange> followControlChange(String uscc, List<Sanction> active,
                                                        String newLegalRepresentativeHash) {
        if (isBlank(newLegalRepresentativeHash) || active.isEmpty() || active.stream()
                .anyMatch(s -> newLegalRepresentativeHash.equals(s.legalRepresentativeHash()))) {
            return Optional.empty();
        }
        Sanction followed = active.get(0);
        return Optional.of(imposed(uscc, newLegalRepresentativeHash, "follows the control change of sanctioned "
                + "licensee " + uscc + " (sanction " + followed.sanctionId() + ": " + followed.reason() + ")",
                followed.caseId(), Actor.SYSTEM_USER, true));
    }

    public Verdict<SanctionChange> lift(Sanction sanction, Actor actor, String reason) {
        Verdict<Nothing> policies = onlyRegulators(actor)
                .flatMap(ok -> ProvinceScope.check(actor,
                        licensees.licensee(sanction.uscc()).map(KnownLicensee::province).orElse(null)))
                .flatMap(ok -> notLiftedYet(sanction));
        if (policies instanceof Verdict.Refused<Nothing> refused) {
            return refused.retyped();
        }
        if (isBlank(reason)) {
            return Verdict.refused(RefusalReason.REASON_REQUIRED, "lifting a sanction needs a reason");
        }
        Instant now = clock.instant();
        Sanction lifted = sanction.lifted(reason.trim(), actor.userId(), now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("uscc", lifted.uscc());
        details.put("legalRepresentativeHash", lifted.legalRepresentativeHash());
        details.put("reason", lifted.liftReason());
        details.put("caseId", lifted.caseId());
        Decision decision = Decision.of(now, actor.userId(), DecisionKind.SANCTION_LIFTED,
                subject(lifted.sanctionId()), details);
        return Verdict.allowed(new SanctionChange(lifted,
                List.of(new OutgoingEvent(EventType.SANCTION_LIFTED, lifted.uscc(), lifted.liftedEvent())),
                List.of(decision)));
    }

    /** Subject of a sanction's decisions in the decision log. */
    public static String subject(String sanctionId) {
        return "sanction/" + sanctionId;
    }

    private SanctionChange imposed(String uscc, String legalRepresentativeHash, String reason, String caseId,
                                   String by, boolean automatic) {
        Instant now = clock.instant();
        Sanction sanction = Sanction.imposed(ids.newId(), uscc, legalRepresentativeHash, reason, caseId, by, now);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("uscc", uscc);
        details.put("legalRepresentativeHash", legalRepresentativeHash);
        details.put("reason", reason);
        details.put("caseId", caseId);
        details.put("automatic", Boolean.toString(automatic));
        Decision decision = Decision.of(now, by, DecisionKind.SANCTION_IMPOSED, subject(sanction.sanctionId()),
                details);
        return new SanctionChange(sanction,
                List.of(new OutgoingEvent(EventType.SANCTION_IMPOSED, uscc, sanction.imposedEvent())),
                List.of(decision));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
