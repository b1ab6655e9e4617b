package io.numguard.registry.licensee.service;

import io.numguard.contracts.identity.Uscc;
import io.numguard.registry.RejectionReason;
import io.numguard.registry.common.Actor;
import io.numguard.registry.common.Now;
import io.numguard.registry.common.Problems;
import io.numguard.registry.common.service.EventPublisher;
import io.numguard.registry.licensee.ControlChange;
import io.numguard.registry.licensee.LegalRepresentativeHash;
import io.numguard.registry.licensee.LegalRepresentativeHasher;
import io.numguard.registry.licensee.Licensee;
import io.numguard.registry.licensee.LicenseeChange;
import io.numguard.registry.licensee.Province;
import io.numguard.registry.licensee.persistence.LicenseeRepository;
import io.numguard.registry.lookup.service.IndexChange;
import io.numguard.registry.numberplan.SegmentCode;
import io.numguard.registry.sanction.ActiveSanctions;
import io.numguard.registry.sanction.persistence.SanctionRepository;
import io.numguard.registry.segment.persistence.SegmentRepository;
import io.numguard.support.paging.Page;
import io.numguard.support.paging.PageRequest;
import io.numguard.support.problem.ProblemException;
import io.numguard.support.problem.Refusals;
import io.numguard.support.rule.Verdict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Registration of licensees and changes of their control; each write publishes its event through the outbox. */
@ApplicationScoped
@Transactional
public class LicenseeService {
    @Inject
    LicenseeRepository licensees;
    @Inject
    SegmentRepository segments;
    @Inject
    LegalRepresentativeHasher hasher;
    @Inject
    EventPublisher events;
    @Inject
    Event<IndexChange> indexChanges;
    @Inject
    Clock clock;
    @Inject
    SanctionRepository sanctions;

    /** {@code licensee.registered}; 403 outside the regulator's province, 409 when the USCC is registered. */
    public Licensee register(RegisterLicensee cmd, Actor actor) {
        if (!actor.covers(cmd.province())) {
            throw Problems.of(RejectionReason.OUTSIDE_PROVINCE, "a regulator of " + actor.province()
                    + " cannot register a licensee in " + cmd.province());
        }
        if (licensees.exists(cmd.uscc())) {
            throw alreadyRegistered(cmd);
        }
        LegalRepresentativeHash rep = hash(cmd.legalRepresentativeIdNumber());
        LicenseeChange change = Problems.value(() -> Licensee.register(cmd.uscc(), cmd.name(), cmd.province(), rep,
                cmd.licence(), cmd.controllingShareholders(), Now.of(clock)), "licensee");
        if (!licensees.insert(change.licensee(), actor.userId(), cmd.legalRepresentativeName())) {
            throw alreadyRegistered(cmd); // lost a race with a concurrent registration
        }
        events.publish(change.event());
        indexChanges.fire(new IndexChange.LicenseeName(cmd.uscc().value(), change.licensee().name()));
        return change.licensee();
    }

    /** Of these licensees, those a sanction in force names (their record shows SANCTIONED). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<Uscc> sanctioned(Collection<Uscc> usccs) {
        ActiveSanctions active = sanctions.activeAgainst(usccs, clock.instant());
        return usccs.stream().filter(u -> active.against(u).isPresent()).collect(Collectors.toSet());
    }

    public boolean sanctioned(Uscc uscc) {
        return !sanctioned(List.of(uscc)).isEmpty();
    }

    /** A page of licensees, newest registration first; {@code province} null for every province. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Licensee> list(Province province, PageRequest page) {
        return licensees.list(province, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Licensee get(Uscc uscc) {
        return licensees.find(uscc).orElseThrow(() -> ProblemException.notFound("licensee", uscc.value()));
    }

    /**
     * Records a new legal representative and/or controlling shareholders: one {@code licensee.control-changed}
     * per kind, flagged as suspected resale within 12 months of any allocation to the licensee.
     */
    public ControlChangeOutcome changeControl(Uscc uscc, ChangeControl cmd, Actor actor) {
        Licensee licensee = licensees.findForUpdate(uscc)
                .orElseThrow(() -> ProblemException.notFound("licensee", uscc.value()));
        if (!actor.covers(licensee.province())) {
            throw Problems.of(RejectionReason.OUTSIDE_PROVINCE, "a regulator of " + actor.province()
                    + " cannot act on licensee " + uscc + " registered in " + licensee.province());
        }
        if (cmd.legalRepresentativeIdNumber() == null && cmd.controllingShareholders() == null) {
            throw new ProblemException(400, "validation-failed", "Request failed validation",
                    "name a new legalRepresentative or new controllingShareholders");
        }
        Instant now = Now.of(clock);
        List<Instant> allocations = segments.allocationTimes(uscc);
        List<SegmentCode> held = segments.heldCodes(uscc);
        List<ControlChange> recorded = new ArrayList<>();
        int before = licensee.controlChanges().size();
        if (cmd.legalRepresentativeIdNumber() != null) {
            LegalRepresentativeHash rep = hash(cmd.legalRepresentativeIdNumber());
            licensee = apply(licensee.changeLegalRepresentative(rep, now, actor.userId(), allocations, held));
        }
        if (cmd.controllingShareholders() != null) {
            Licensee current = licensee;
            licensee = apply(Problems.value(() -> current.changeControllingShareholders(
                    cmd.controllingShareholders(), now, actor.userId(), allocations, held), "controllingShareholders"));
        }
        recorded.addAll(licensee.controlChanges().subList(before, licensee.controlChanges().size()));
        licensees.update(licensee, cmd.legalRepresentativeIdNumber() != null ? cmd.legalRepresentativeName() : null);
        return new ControlChangeOutcome(licensee, recorded);
    }

    private static ProblemException alreadyRegistered(RegisterLicensee cmd) {
        return ProblemException.conflict("licensee-already-registered", "Licensee already registered",
                "licensee " + cmd.uscc() + " is already registered").with("uscc", cmd.uscc().value());
    }

    private Licensee apply(Verdict<LicenseeChange> result) {
        LicenseeChange change = Refusals.valueOrThrow(result);
        events.publish(change.event());
        return change.licensee();
    }

    private LegalRepresentativeHash hash(String idNumber) {
        return Problems.value(() -> hasher.hash(idNumber), "legalRepresentative.idNumber");
    }
}
