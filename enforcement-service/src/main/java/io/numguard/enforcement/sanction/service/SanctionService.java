package io.numguard.enforcement.sanction.service;

import io.numguard.contracts.events.LicenseeControlChanged;
import io.numguard.enforcement.common.Actor;
import io.numguard.contracts.identity.LegalRepresentativeHashing;
import io.numguard.enforcement.common.service.Effects;
import io.numguard.enforcement.sanction.ImposeSanction;
import io.numguard.enforcement.sanction.JointPunishment;
import io.numguard.enforcement.sanction.Sanction;
import io.numguard.enforcement.sanction.SanctionChange;
import io.numguard.enforcement.sanction.persistence.SanctionRepository;
import io.numguard.support.problem.ProblemException;
import io.numguard.enforcement.cases.persistence.CaseRepository;
import io.numguard.enforcement.cases.service.CaseService;
import io.numguard.enforcement.common.service.Verdicts;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Joint punishment by hand: imposed and lifted by a regulator of the licensee's province (or the ministry). */
@ApplicationScoped
@Transactional
public class SanctionService {
    @Inject
    SanctionRepository sanctions;
    @Inject
    JointPunishment jointPunishment;
    @Inject
    Effects effects;

    @Inject
    LegalRepresentativeHashing hashing;
    @Inject
    CaseRepository cases;
    @Inject
    CaseService caseService;

    /** The legal representative by hash, by ID number (hashed here), or, with neither, as the directory knows it. */
    public Sanction impose(Actor actor, String uscc, String legalRepresentativeHash, String legalRepresentativeIdNumber,
                           String reason, String caseId) {
        String hash = legalRepresentativeHash;
        if ((hash == null || hash.isBlank()) && legalRepresentativeIdNumber != null
                && !legalRepresentativeIdNumber.isBlank()) {
            try {
                hash = hashing.hash(legalRepresentativeIdNumber);
            } catch (IllegalArgumentException e) {
                throw new ProblemException(400, "invalid-value", "Invalid value", e.getMessage())
                        .with("field", "legalRepresentativeIdNumber");
            }
        }
        return impose(actor, new ImposeSanction(uscc, hash, reason, caseId));
    }

    public Sanction impose(Actor actor, ImposeSanction command) {
        Optional<ImposeSanction.LinkedCase> linked = Optional.empty();
        if (command.caseId() != null && !command.caseId().isBlank()) {
            linked = Optional.of(cases.find(command.caseId())
                    .map(c -> new ImposeSanction.LinkedCase(c.id(), c.licenseeUscc()))
                    .orElseThrow(() -> ProblemException.unprocessable("unknown-case", "Unknown case",
                            "case " + command.caseId() + " does not exist").with("field", "caseId")));
        }
        SanctionChange change = Verdicts.valueOrThrow(jointPunishment.impose(actor, command, linked));
        sanctions.save(change.sanction());
        effects.record(change.events(), change.decisions());
        caseService.onSanctionImposed(change.sanction());
        return change.sanction();
    }

    /**
     * After {@code licensee.control-changed}: the licensee's active sanctions bar the new legal representative too
     * (published as {@code sanction.imposed}, so the registry refuses a company of that person).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Sanction> onLicenseeControlChanged(LicenseeControlChanged event) {
        Optional<SanctionChange> change = jointPunishment.followControlChange(event.uscc(),
                sanctions.activeOf(event.uscc()), event.legalRepresentativeHash());
        change.ifPresent(c -> {
            sanctions.save(c.sanction());
            effects.record(c.events(), c.decisions());
        });
        return change.map(SanctionChange::sanction);
    }

    public Sanction lift(Actor actor, String id, String reason) {
        Sanction s = sanctions.findForUpdate(id).orElseThrow(() -> ProblemException.notFound("sanction", id));
        SanctionChange change = Verdicts.valueOrThrow(jointPunishment.lift(s, actor, reason));
        sanctions.save(change.sanction());
        effects.record(change.events(), change.decisions());
        return change.sanction();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Sanction> list(String uscc, Boolean active, PageRequest page) {
        return sanctions.list(uscc, active, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Sanction get(String id) {
        return sanctions.find(id).orElseThrow(() -> ProblemException.notFound("sanction", id));
    }
}
